## Body regions in this language: each region of the catalogue (crates/knead-core/src/body/regions.rs) by its id,
## with its other names (.aliases, comma-separated) and how to find it (.find).

## Cabeza, cuello y mandíbula

region-temporalis = temporal
    .aliases = músculo temporal, temporales, sien, sienes
    .find = En el lateral de la cabeza, por encima de la oreja; se abulta al apretar los dientes.
region-masseter = masetero
    .aliases = maseteros, músculo masetero, mandíbula
    .find = El músculo grueso del ángulo de la mandíbula; al apretar los dientes se endurece bajo los dedos.
region-suboccipitals = suboccipitales
    .aliases = músculos suboccipitales, musculatura suboccipital, suboccipital, base del cráneo, occipitales
    .find = Justo debajo del borde óseo de la parte posterior del cráneo, a cada lado de la línea media.
region-splenius-capitis = esplenio de la cabeza
    .aliases = esplenio, esplenio capitis, splenius capitis
    .find = La parte posterior del cuello junto a la columna, desde el cráneo hasta la parte alta de la espalda.
region-sternocleidomastoid = esternocleidomastoideo
    .aliases = ECM, SCM, esternocleidomastoideos, esternomastoideo
    .find = El cordón que va de detrás de la oreja a la parte alta del esternón; gire la cabeza para notarlo.
region-scalenes = escalenos
    .aliases = escaleno, músculos escalenos, lateral del cuello
    .find = El lateral del cuello, detrás del ECM y por encima de la clavícula; presione con suavidad, aquí pasan nervios.
region-upper-trapezius = trapecio superior
    .aliases = trapecio, trapecios, trapecio alto, trapecios superiores, fibras superiores del trapecio, parte alta del hombro
    .find = El relieve entre el cuello y el hombro; tómelo en pinza entre el pulgar y los dedos.
region-levator-scapulae = elevador de la escápula
    .aliases = angular del omóplato, angular de la escápula, elevador del omóplato, elevador, levator scapulae
    .find = Desde el lateral del cuello hasta el ángulo superior interno del omóplato.

## Hombro y espalda

region-middle-trapezius = trapecio medio
    .aliases = trapecios medios, fibras medias del trapecio, trapecio transverso
    .find = Entre la columna y la parte alta del omóplato, a la altura de su espina.
region-rhomboids = romboides
    .aliases = romboide, romboides mayor, romboides menor, entre los omóplatos, entre las escápulas
    .find = Entre la columna y el borde interno del omóplato.
region-infraspinatus = infraespinoso
    .aliases = infraespinosos, músculo infraespinoso, omóplato, escápula, parte posterior del omóplato
    .find = La cara plana del omóplato, por debajo de su cresta ósea; túmbese sobre una pelota para alcanzarlo.
region-teres-minor = redondo menor
    .aliases = músculo redondo menor, teres minor
    .find = El borde externo del omóplato, justo por debajo de la parte posterior de la axila.
region-teres-major = redondo mayor
    .aliases = músculo redondo mayor, teres major
    .find = Por debajo del redondo menor, en el ángulo inferior externo del omóplato.
region-rear-deltoid = deltoides posterior
    .aliases = deltoides trasero, porción posterior del deltoides, hombro posterior, parte posterior del hombro
    .find = La parte redondeada de atrás del hombro, detrás de la articulación.
region-front-deltoid = deltoides anterior
    .aliases = deltoides frontal, porción anterior del deltoides, hombro anterior, parte delantera del hombro
    .find = La parte delantera del hombro, por delante de la articulación; trabaja al elevar el brazo hacia delante.
region-side-deltoid = deltoides medio
    .aliases = deltoides lateral, porción media del deltoides, deltoides, deltoide, lateral del hombro, parte externa del hombro
    .find = La parte redondeada externa del hombro; trabaja al elevar el brazo hacia el lado.
region-pectoralis-major = pectoral mayor
    .aliases = pectoral, pectorales, pecho
    .find = El pecho, desde el esternón hasta la parte delantera de la axila.
region-pectoralis-minor = pectoral menor
    .aliases = pectorales menores, músculo pectoral menor
    .find = Bajo el pectoral mayor, justo por debajo del extremo externo de la clavícula, delante del hombro.
region-subscapularis = subescapular
    .aliases = músculo subescapular, subscapularis
    .find = Dentro de la pared posterior de la axila, en la cara anterior del omóplato.
region-serratus-anterior = serrato anterior
    .aliases = serrato mayor, serrato, lateral de las costillas, costado
    .find = El lateral de las costillas por debajo de la axila, bajo el borde externo del pecho.
region-latissimus-dorsi = dorsal ancho
    .aliases = dorsales, dorsal, latissimus dorsi
    .find = El músculo ancho que baja desde debajo de la axila por el lateral de la espalda; túmbese de lado sobre un rodillo.
region-thoracic-spine = columna dorsal
    .aliases = columna torácica, zona dorsal, región dorsal, espalda alta, parte alta de la espalda, espalda media, mitad de la espalda
    .find = El centro de la espalda, entre los omóplatos y hasta la última costilla.
region-erector-spinae = erectores de la columna
    .aliases = erector de la columna, erectores espinales, erectores, paravertebrales, musculatura paravertebral, erector spinae
    .find = Los dos cordones musculares a cada lado de la columna; no presione nunca sobre la propia columna.
region-quadratus-lumborum = cuadrado lumbar
    .aliases = cuadrados lumbares, cuadrado, QL
    .find = La zona lumbar entre la última costilla y la parte alta de la pelvis, junto a los erectores.
region-abdominals = abdominales
    .aliases = abdominal, abdomen, vientre, barriga, tripa, recto abdominal, recto del abdomen
    .find = La parte delantera del vientre; túmbese boca abajo sobre una pelota blanda y respire con el vientre sobre ella.

## Brazo y mano

region-biceps = bíceps
    .aliases = bíceps braquial, biceps, cara anterior del brazo
    .find = La parte delantera del brazo; se endurece al doblar el codo.
region-brachialis = braquial
    .aliases = braquial anterior, músculo braquial
    .find = Debajo del bíceps, cerca del codo; es más fácil desde la cara externa del brazo.
region-triceps = tríceps
    .aliases = tríceps braquial, triceps, cara posterior del brazo
    .find = La parte trasera del brazo; se endurece al estirar el codo.
region-forearm-flexors = flexores del antebrazo
    .aliases = flexores de la muñeca, flexores de muñeca, flexores, cara interna del antebrazo, antebrazo
    .find = La cara palmar del antebrazo, justo por debajo del codo; cierre el puño para notar cómo trabajan.
region-forearm-extensors = extensores del antebrazo
    .aliases = extensores de la muñeca, extensores de muñeca, extensores, cara externa del antebrazo, dorso del antebrazo
    .find = El dorso del antebrazo, justo por debajo del codo; levante los dedos para notar cómo trabajan.
region-brachioradialis = braquiorradial
    .aliases = supinador largo, músculo braquiorradial, brachioradialis
    .find = El lado del pulgar del antebrazo, cerca del codo; se abulta al tirar con el pulgar mirando hacia arriba.
region-thenar = eminencia tenar
    .aliases = tenar, musculatura tenar, músculos del pulgar, base del pulgar
    .find = La almohadilla carnosa de la base del pulgar, en la palma.
region-palm = palma de la mano
    .aliases = palma, palmas, mano, manos, eminencia hipotenar, hipotenar
    .find = El centro de la palma y la almohadilla bajo el dedo meñique.

## Cadera y pierna

region-hip-flexors = flexores de cadera
    .aliases = flexores de la cadera, flexor de cadera, psoas, psoas ilíaco, iliopsoas, ilíaco, parte delantera de la cadera
    .find = El pliegue de la parte delantera de la cadera, por dentro del saliente óseo de la pelvis.
region-gluteus-maximus = glúteo mayor
    .aliases = glúteos, glúteo, nalga, nalgas, trasero, culo, gluteus maximus
    .find = La masa de la nalga; siéntese sobre una pelota e inclínese hacia el lado dolorido.
region-gluteus-medius = glúteo medio
    .aliases = gluteus medius, lateral de la cadera
    .find = El lateral de la cadera, por debajo del borde de la pelvis; túmbese de lado sobre una pelota.
region-gluteus-minimus = glúteo menor
    .aliases = glúteo mínimo, gluteus minimus
    .find = Bajo el glúteo medio, algo más adelante y más abajo en el lateral de la cadera.
region-piriformis = piriforme
    .aliases = piramidal, piramidal de la pelvis, rotadores profundos de la cadera, rotadores de la cadera, rotadores de cadera
    .find = En lo profundo del centro de la nalga, desde la base de la columna hasta la parte alta del fémur.
region-tensor-fasciae-latae = tensor de la fascia lata
    .aliases = TFL, tensor, tensor fascia lata
    .find = Un músculo pequeño delante, en el lado externo de la cadera, bajo el saliente óseo de la pelvis.
region-it-band = cintilla iliotibial
    .aliases = banda iliotibial, tracto iliotibial, cintilla, ITB, cara externa del muslo, lateral del muslo
    .find = La cara externa del muslo, de la cadera a la rodilla; ruede el músculo de delante y de detrás, no la cintilla.
region-adductors = aductores
    .aliases = aductor, ingle, cara interna del muslo, parte interna del muslo
    .find = La cara interna del muslo, desde la ingle hasta medio camino de la rodilla.
region-quadriceps = cuádriceps
    .aliases = cuadriceps, cuádriceps femoral, cara anterior del muslo, parte delantera del muslo, muslo, muslos
    .find = La parte delantera del muslo, de la cadera a la rodilla; túmbese boca abajo sobre un rodillo.
region-vastus-lateralis = vasto lateral
    .aliases = vasto externo, parte externa del cuádriceps, cuádriceps externo
    .find = La parte externa del cuádriceps, justo delante de la cintilla iliotibial.
region-vastus-medialis = vasto medial
    .aliases = vasto interno, vasto medial oblicuo, VMO, cuádriceps interno
    .find = La lágrima de músculo de la cara interna del muslo, justo por encima de la rodilla.
region-hamstrings = isquiotibiales
    .aliases = isquiotibial, isquios, cara posterior del muslo, parte posterior del muslo
    .find = La parte trasera del muslo, del glúteo a la rodilla; siéntese sobre una pelota en una silla firme.
region-popliteus = poplíteo
    .aliases = popliteo, músculo poplíteo, hueco poplíteo, corva, parte posterior de la rodilla
    .find = En lo profundo de la parte posterior de la rodilla; presione con suavidad, aquí pasan el nervio y los vasos.
region-calf = gemelos
    .aliases = gemelo, pantorrilla, pantorrillas, gastrocnemio, gastrocnemios
    .find = El abultamiento de la parte posterior de la pierna, por debajo de la rodilla.
region-soleus = sóleo
    .aliases = soleo, músculo sóleo, parte baja de la pantorrilla, pantorrilla profunda
    .find = Bajo los gemelos, más abajo, a ambos lados del tendón de Aquiles; doble la rodilla para alcanzarlo.
region-tibialis-anterior = tibial anterior
    .aliases = tibial, espinilla, espinillas, canilla, parte delantera de la espinilla
    .find = El músculo justo por fuera de la tibia; levante los dedos del pie para notarlo; nunca ruede sobre el hueso.
region-peroneals = peroneos
    .aliases = peroneo, peroneo largo, peroneos laterales, fibulares, fibular, cara externa de la pierna
    .find = El lado externo de la pierna, desde debajo de la rodilla hasta el hueso del tobillo.
region-plantar-fascia = fascia plantar
    .aliases = aponeurosis plantar, planta del pie, planta, arco del pie, arco plantar, pie, pies
    .find = La planta del pie, desde el talón hasta la base de los dedos; ruédela sobre una pelota.
region-heel = talón
    .aliases = talones, almohadilla del talón, parte delantera del talón, talón interno, espolón
    .find = Justo delante de la almohadilla del talón, en la planta, donde empieza la fascia plantar.

## Articulaciones y zonas amplias, donde se aplica frío o calor

region-neck = cuello
    .aliases = nuca, cervicales, zona cervical, columna cervical
    .find = Toda la parte posterior del cuello, desde el cráneo hasta la parte alta de los hombros.
region-shoulder = hombro
    .aliases = hombros, articulación del hombro
    .find = La articulación del hombro y los músculos que la cubren.
region-lower-back = zona lumbar
    .aliases = lumbares, lumbar, región lumbar, columna lumbar, parte baja de la espalda, riñones
    .find = Entre las últimas costillas y la parte alta de la pelvis.
region-elbow = codo
    .aliases = codos, codo de tenista, codo de golfista, epicondilitis, epitrocleítis
    .find = La articulación del codo y los tendones justo por encima y por debajo de ella.
region-wrist = muñeca
    .aliases = muñecas
    .find = La articulación de la muñeca, donde el antebrazo se une a la mano.
region-knee = rodilla
    .aliases = rodillas, rótula, parte delantera de la rodilla
    .find = La articulación de la rodilla y el contorno de la rótula.
region-ankle = tobillo
    .aliases = tobillos, tendón de Aquiles, Aquiles
    .find = La articulación del tobillo y el tendón de su parte posterior, por encima del talón.

## Ningún lugar fijo: la zona que duele, esté donde esté

region-sore-spot = zona dolorida
    .aliases = zona dolorosa, punto doloroso, punto dolorido, donde duele, cualquier zona
    .find = Donde duela; la figura no marca un lugar concreto.
