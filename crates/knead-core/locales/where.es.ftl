## knead where («¿dónde le duele?»), en español: las preguntas de bandera roja que se hacen antes
## de ningún músculo, qué hacer cuando se responde «sí» a una, las palabras del selector y la rutina que escribe.
## Los nombres de los músculos vienen de regions.es.ftl; aquí solo se nombran las zonas del cuerpo.

where-flag-heart-question = ¿Tiene dolor u opresión en el pecho, o un dolor que se extiende al brazo, la mandíbula, el cuello o la espalda, quizá con falta de aire, sudor o náuseas?
where-flag-headache-question = ¿El dolor de cabeza empezó de forma brusca e intensa, como el peor que ha tenido nunca, o acompañado de rigidez de nuca, confusión, desmayo o alteraciones de la vista o del habla?
where-flag-clot-question = ¿Tiene la pierna hinchada, caliente, enrojecida o dolorosa a lo largo de la pantorrilla, o le falta el aire?
where-flag-nerve-question = ¿Nota entumecimiento, hormigueo o debilidad en un brazo, una mano, una pierna o un pie, o algún problema nuevo para retener la orina o las heces?
where-flag-injury-question = ¿Empezó con una caída, un golpe o un accidente, o tiene fiebre o se encuentra mal?

# Qué hacer cuando se responde «sí» a una bandera roja: entonces knead no crea nada. Los números de emergencia, como se usan en cada país.
where-flag-heart-advice = Podría tratarse del corazón. Llame ahora a los servicios de emergencia (112 en Europa, 911 en Norteamérica, 999 en el Reino Unido). No se dé masaje.
where-flag-headache-advice = Un dolor de cabeza repentino e intenso requiere atención médica inmediata: llame a los servicios de emergencia o acuda a urgencias. No se dé masaje.
where-flag-clot-advice = Podría ser un coágulo de sangre. Consulte hoy mismo a un médico (a los servicios de emergencia si le falta el aire) y no se dé masaje en la pierna.
where-flag-nerve-advice = Puede haber un nervio afectado: consulte a un médico o fisioterapeuta antes de tratarse por su cuenta. Un problema nuevo para retener la orina o las heces requiere ver a un médico hoy mismo.
where-flag-injury-advice = Una lesión o una infección debe valorarse primero: consulte a un médico o fisioterapeuta antes de tratarse por su cuenta.

# Una bandera roja como línea de seguridad de la rutina escrita (200 caracteres como máximo).
where-flag-heart-safety = Dolor en el pecho, o dolor que se extiende al brazo, la mandíbula o la espalda: pare y llame a los servicios de emergencia (112, 911, 999).
where-flag-headache-safety = Dolor de cabeza repentino e intenso, el peor que ha tenido nunca: pare y busque atención urgente.
where-flag-clot-safety = Pantorrilla hinchada, caliente o enrojecida: no se dé masaje en ella; consulte hoy mismo a un médico.
where-flag-nerve-safety = Entumecimiento, hormigueo o debilidad, o un problema nuevo para retener la orina o las heces: pare y consulte a un médico.
where-flag-injury-safety = Dolor tras una caída o una lesión, o con fiebre: consulte a un médico antes de hacer esta rutina.
where-safety-neck = En el lateral del cuello, tome el músculo con suavidad entre el pulgar y los dedos; no presione nunca sobre el pulso ni sobre la parte delantera de la garganta.
where-safety-pressure = Presione hasta notar un dolor intenso pero soportable, de unos 6 sobre 10; nunca un dolor agudo, entumecimiento ni hormigueo.

where-see-a-clinician = Consulte a un médico o fisioterapeuta si el dolor dura más de unas semanas, le despierta por la noche, va a peor o esto no lo alivia. Los puntos gatillo son una causa frecuente de este tipo de dolor, pero no la única, y nada de lo que hay aquí es una cura.
# { $zone } es el nombre de una zona sin artículo ("sien", "parte posterior del muslo"): va entre comillas tras "la zona".
where-muscles-heading = Músculos cuyos puntos gatillo suelen provocar dolor en la zona «{ $zone }», del más probable al menos probable:
# Un músculo de la lista de una zona: "trapecio superior, pelota de lacrosse, 45 s".
where-muscle = { $region }, { $tool }, { $seconds } s
where-muscle-both-sides = { $muscle } (ambos lados)
where-tool-thumb = pulgar
where-tool-foam-roller = rodillo de espuma
where-tool-ball = pelota de lacrosse
where-none-picked = elija al menos un músculo: Space incluye el que está bajo el cursor
where-not-found = knead no conoce «{ $typed }»; mueva el marcador hasta la zona
where-not-found-meant = knead no conoce «{ $typed }»; ¿quiso decir «{ $meant }»?
where-enter-chooses = Enter elige esta zona: primero unas preguntas, luego los músculos.
where-question-of = Pregunta { $number } de { $count }
where-saved = Guardada como { $name }: `knead run { $name }` la ejecuta, `knead edit { $name }` la modifica.
where-title = ¿Dónde le duele?
where-map-hint = Mueva el marcador hasta donde le duele, o pulse / y escríbalo.
where-seek-care = Antes, busque atención médica
where-flags-heading = Antes de nada: si responde «sí» a alguna de estas preguntas, no se trate por su cuenta:
where-build-hint = `knead where { $zone } --save NAME` escribe una rutina con estos músculos; `--routine` la muestra.
where-runs-it = `knead run { $name }` la ejecuta.
# Tras cada pregunta de bandera roja en modo texto; las palabras que valen como sí y como no (además de y y n), separadas por comas.
where-yes-no = (s/n)
where-yes-words = s, sí, si
where-no-words = n, no
where-not-answered = no se respondió a las preguntas, así que no hay rutina
where-no-place = no hay ninguna zona llamada «{ $typed }»; `knead where` enumera las zonas
where-no-place-meant = no hay ninguna zona llamada «{ $typed }»; ¿quiso decir «{ $meant }»? `knead where` enumera las zonas
where-muscles-range = --muscles { $number }: la zona «{ $zone }» tiene los músculos del 1 al { $count }
where-no-home = no hay carpeta personal donde escribir la rutina
where-no-such-place = no existe la zona { $id }
where-list-footer = `knead where PLACE` enumera los músculos que suelen provocar dolor en esa zona; en un terminal, `knead where` muestra un mapa del cuerpo para señalarla.
# El comentario al principio de la rutina escrita (dos líneas).
where-routine-comment = Rutina escrita por `knead where { $zone }`: músculos cuyos puntos gatillo suelen provocar dolor en la zona
    «{ $zone }». Modifíquela a su gusto; `knead check` la comprueba.
where-routine-description = Para el dolor en la zona «{ $zone }»: una presión en cada músculo que suele provocar dolor ahí. { $see }

## Las zonas, de la cabeza a los pies: el nombre de cada una y, en .aliases, otras palabras que se escriben para ella (separadas por comas).
zone-forehead = frente
    .aliases = entrecejo, parte delantera de la cabeza, cefalea frontal, dolor de frente
zone-temple = sien
    .aliases = sienes, lateral de la cabeza, cefalea tensional, dolor de cabeza tensional
zone-behind-the-eye = detrás del ojo
    .aliases = ojo, ojos, detrás de los ojos, alrededor del ojo
zone-ear = oído
    .aliases = oídos, oreja, orejas, dolor de oído, delante de la oreja
zone-jaw = mandíbula
    .aliases = dientes, muelas, dolor de muelas, mejilla, articulación de la mandíbula, ATM
zone-back-of-the-head = parte posterior de la cabeza
    .aliases = base del cráneo, occipucio, cogote, parte de atrás de la cabeza
zone-front-of-the-neck = parte delantera del cuello
    .aliases = garganta, lateral de la garganta, cuello por delante
zone-back-of-the-neck = nuca
    .aliases = cuello, cuello rígido, tortícolis, lateral del cuello, cervicales, parte posterior del cuello
zone-top-of-the-shoulder = parte superior del hombro
    .aliases = hombros, parte alta del hombro, parte alta de los hombros, entre el cuello y el hombro, trapecios
zone-front-of-the-shoulder = parte delantera del hombro
    .aliases = delante del hombro, hombro por delante, articulación del hombro
zone-side-of-the-shoulder = lateral del hombro
    .aliases = hombro, parte externa del hombro, deltoides
zone-back-of-the-shoulder = parte posterior del hombro
    .aliases = detrás del hombro, hombro por detrás, parte de atrás del hombro
zone-chest = pecho
    .aliases = pectorales, pectoral, tórax, parte delantera del pecho
zone-between-the-shoulder-blades = entre los omóplatos
    .aliases = entre omóplatos, entre las escápulas, espalda alta, parte alta de la espalda, borde interno del omóplato
zone-shoulder-blade = omóplato
    .aliases = omóplatos, omoplato, escápula, escápulas, paletilla
zone-mid-back = centro de la espalda
    .aliases = mitad de la espalda, espalda media, zona dorsal, dorsal
zone-front-of-the-upper-arm = parte delantera del brazo
    .aliases = brazo, bíceps, parte anterior del brazo, cara anterior del brazo
zone-back-of-the-upper-arm = parte posterior del brazo
    .aliases = tríceps, parte de atrás del brazo, cara posterior del brazo
zone-outer-elbow = parte externa del codo
    .aliases = codo, codo de tenista, epicondilitis, por fuera del codo, lado externo del codo
zone-inner-elbow = parte interna del codo
    .aliases = codo de golfista, epitrocleítis, por dentro del codo, lado interno del codo
zone-front-of-the-forearm = parte delantera del antebrazo
    .aliases = antebrazo, parte interna del antebrazo, cara interna del antebrazo, cara palmar del antebrazo
zone-back-of-the-forearm = dorso del antebrazo y de la muñeca
    .aliases = dorso del antebrazo, parte externa del antebrazo, dorso de la muñeca, muñeca, muñecas, dorso de la mano
zone-thumb = pulgar
    .aliases = pulgares, base del pulgar, dedo gordo de la mano
zone-palm = palma y dedos
    .aliases = palma, palma de la mano, mano, manos, dedos, dedo
zone-low-back = zona lumbar
    .aliases = lumbares, región lumbar, parte baja de la espalda, riñones, lumbago, espalda
zone-buttock = nalga
    .aliases = nalgas, glúteo, glúteos, trasero, culo
zone-side-of-the-hip = lateral de la cadera
    .aliases = cadera, caderas, parte externa de la cadera, costado de la cadera
zone-groin = ingle
    .aliases = ingles, pliegue de la ingle, parte delantera de la cadera, cadera por delante
zone-front-of-the-thigh = parte delantera del muslo
    .aliases = muslo, muslos, cuádriceps, cara anterior del muslo
zone-outer-thigh = parte externa del muslo
    .aliases = lateral del muslo, cara externa del muslo, por fuera del muslo, cintilla iliotibial, banda iliotibial
zone-back-of-the-thigh = parte posterior del muslo
    .aliases = isquiotibiales, isquios, ciática, parte de atrás del muslo, cara posterior del muslo
zone-front-of-the-knee = parte delantera de la rodilla
    .aliases = rodilla, rodillas, rótula, delante de la rodilla, parte interna de la rodilla
zone-back-of-the-knee = parte posterior de la rodilla
    .aliases = corva, detrás de la rodilla, hueco de la rodilla, hueco poplíteo
zone-shin = espinilla
    .aliases = espinillas, canilla, tibia, parte delantera de la pierna, periostitis tibial
zone-calf = pantorrilla
    .aliases = pantorrillas, gemelos, gemelo, parte posterior de la pierna
zone-ankle = tobillo
    .aliases = tobillos, parte externa del tobillo, parte delantera del tobillo, tobillo por fuera
zone-heel = talón
    .aliases = talones, parte posterior del talón, tendón de aquiles, aquiles, espolón
zone-sole = planta del pie
    .aliases = planta, arco del pie, pie, pies, fascitis plantar
