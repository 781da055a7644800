## Body regions in this language: each region of the catalogue (crates/knead-core/src/body/regions.rs) by its id,
## with its other names (.aliases, comma-separated) and how to find it (.find).

## Tête, cou et mâchoire

region-temporalis = temporal
    .aliases = muscle temporal, temporaux, tempe, tempes
    .find = Sur le côté de la tête, au-dessus de l'oreille ; il se gonfle quand vous serrez les dents.
region-masseter = masséter
    .aliases = masséters, masseter, muscle masséter, mâchoire
    .find = Le muscle épais à l'angle de la mâchoire ; serrez les dents et il durcit sous les doigts.
region-suboccipitals = sous-occipitaux
    .aliases = muscles sous-occipitaux, sous-occipital, base du crâne, occipitaux
    .find = Juste sous le rebord osseux à l'arrière du crâne, de part et d'autre de la ligne médiane.
region-splenius-capitis = splénius de la tête
    .aliases = splénius, splenius, splénius capitis
    .find = L'arrière du cou à côté de la colonne, du crâne jusqu'au haut du dos.
region-sternocleidomastoid = sterno-cléido-mastoïdien
    .aliases = SCM, sternocléidomastoïdien, sterno-mastoïdien
    .find = Le cordon qui va de derrière l'oreille au haut du sternum ; tournez la tête pour le sentir.
region-scalenes = scalènes
    .aliases = scalène, muscles scalènes, côté du cou
    .find = Le côté du cou derrière le SCM, au-dessus de la clavicule ; appuyez doucement, des nerfs passent ici.
region-upper-trapezius = trapèze supérieur
    .aliases = trapèze, trapèzes, haut du trapèze, faisceau supérieur du trapèze, trapèze descendant, haut de l'épaule
    .find = Le relief entre le cou et l'épaule ; pincez-le entre le pouce et les doigts.
region-levator-scapulae = élévateur de la scapula
    .aliases = angulaire de l'omoplate, angulaire, élévateur de l'omoplate, élévateur, levator scapulae
    .find = Du côté du cou jusqu'à l'angle supérieur interne de l'omoplate.

## Épaule et dos

region-middle-trapezius = trapèze moyen
    .aliases = faisceau moyen du trapèze, trapèze transverse, milieu du trapèze
    .find = Entre la colonne et le haut de l'omoplate, au niveau de son épine.
region-rhomboids = rhomboïdes
    .aliases = rhomboïde, grand rhomboïde, petit rhomboïde, entre les omoplates
    .find = Entre la colonne et le bord interne de l'omoplate.
region-infraspinatus = infra-épineux
    .aliases = sous-épineux, infraépineux, omoplate, arrière de l'omoplate
    .find = La partie plate de l'omoplate, sous sa crête osseuse ; allongez-vous sur une balle pour l'atteindre.
region-teres-minor = petit rond
    .aliases = muscle petit rond, teres minor
    .find = Le bord externe de l'omoplate, juste sous l'arrière de l'aisselle.
region-teres-major = grand rond
    .aliases = muscle grand rond, teres major
    .find = Sous le petit rond, à l'angle inférieur externe de l'omoplate.
region-rear-deltoid = deltoïde postérieur
    .aliases = deltoïde arrière, faisceau postérieur du deltoïde, arrière de l'épaule, épaule arrière
    .find = L'arrière arrondi de l'épaule, derrière l'articulation.
region-front-deltoid = deltoïde antérieur
    .aliases = deltoïde avant, faisceau antérieur du deltoïde, avant de l'épaule, devant de l'épaule, épaule avant
    .find = L'avant de l'épaule, devant l'articulation ; il travaille quand vous levez le bras vers l'avant.
region-side-deltoid = deltoïde moyen
    .aliases = deltoïde latéral, faisceau moyen du deltoïde, deltoïde, deltoïdes, moignon de l'épaule, côté de l'épaule
    .find = Le galbe de l'épaule, sur le côté ; il travaille quand vous levez le bras sur le côté.
region-pectoralis-major = grand pectoral
    .aliases = pectoral, pectoraux, pecs, poitrine, pectoralis major
    .find = La poitrine, du sternum jusqu'à l'avant de l'aisselle.
region-pectoralis-minor = petit pectoral
    .aliases = muscle petit pectoral, pectoralis minor
    .find = Sous le grand pectoral, juste sous l'extrémité externe de la clavicule, devant l'épaule.
region-subscapularis = sous-scapulaire
    .aliases = subscapulaire, subscapularis
    .find = À l'intérieur de la paroi arrière de l'aisselle, sur la face avant de l'omoplate.
region-serratus-anterior = dentelé antérieur
    .aliases = grand dentelé, dentelé, serratus, côté des côtes
    .find = Le côté des côtes sous l'aisselle, sous le bord externe de la poitrine.
region-latissimus-dorsi = grand dorsal
    .aliases = grands dorsaux, dorsaux, dorsal, latissimus dorsi
    .find = Le large muscle qui descend de sous l'aisselle le long du côté du dos ; allongez-vous sur le côté sur un rouleau.
region-thoracic-spine = rachis dorsal
    .aliases = rachis thoracique, colonne dorsale, colonne thoracique, région dorsale, haut du dos, milieu du dos
    .find = Le milieu du dos, entre les omoplates et jusqu'à la dernière côte.
region-erector-spinae = érecteurs du rachis
    .aliases = érecteur du rachis, érecteurs, muscles paravertébraux, paravertébraux, muscles spinaux, spinaux, erector spinae
    .find = Les deux cordons musculaires de part et d'autre de la colonne ; n'appuyez jamais sur la colonne elle-même.
region-quadratus-lumborum = carré des lombes
    .aliases = carré lombaire, carré, QL, quadratus lumborum
    .find = Le bas du dos entre la dernière côte et le haut du bassin, à côté des érecteurs.
region-abdominals = abdominaux
    .aliases = abdos, abdominal, abdomen, ventre, grand droit, droit de l'abdomen
    .find = L'avant du ventre ; allongez-vous à plat ventre sur une balle souple et respirez en la poussant avec le ventre.

## Bras et main

region-biceps = biceps
    .aliases = biceps brachial, avant du bras
    .find = L'avant du bras ; il durcit quand vous pliez le coude.
region-brachialis = brachial
    .aliases = brachial antérieur, muscle brachial, brachialis
    .find = Sous le biceps, près du coude ; plus facile à atteindre par le côté externe du bras.
region-triceps = triceps
    .aliases = triceps brachial, arrière du bras
    .find = L'arrière du bras ; il durcit quand vous tendez le coude.
region-forearm-flexors = fléchisseurs de l'avant-bras
    .aliases = fléchisseurs du poignet, fléchisseurs, face interne de l'avant-bras, avant-bras
    .find = La face palmaire de l'avant-bras, juste sous le coude ; serrez le poing pour les sentir travailler.
region-forearm-extensors = extenseurs de l'avant-bras
    .aliases = extenseurs du poignet, extenseurs, face externe de l'avant-bras, dessus de l'avant-bras
    .find = Le dos de l'avant-bras, juste sous le coude ; relevez les doigts pour les sentir travailler.
region-brachioradialis = brachio-radial
    .aliases = brachioradial, long supinateur, brachioradialis
    .find = Le côté du pouce de l'avant-bras, près du coude ; il saille quand vous tirez, pouce vers le haut.
region-thenar = éminence thénar
    .aliases = thénar, thenar, muscles du pouce, base du pouce
    .find = Le coussinet charnu à la base du pouce, dans la paume.
region-palm = paume
    .aliases = paume de la main, paumes, main, mains, éminence hypothénar, hypothénar
    .find = Le milieu de la paume et le coussinet sous le petit doigt.

## Hanche et jambe

region-hip-flexors = fléchisseurs de hanche
    .aliases = fléchisseurs de la hanche, fléchisseur de hanche, psoas, psoas iliaque, iliopsoas, ilio-psoas, iliaque, avant de la hanche
    .find = Le pli à l'avant de la hanche, en dedans de la pointe osseuse du bassin.
region-gluteus-maximus = grand fessier
    .aliases = fessiers, fessier, grand glutéal, fesse, fesses, gluteus maximus
    .find = La masse de la fesse ; asseyez-vous sur une balle et penchez-vous du côté douloureux.
region-gluteus-medius = moyen fessier
    .aliases = moyen glutéal, gluteus medius, côté de la hanche
    .find = Le côté de la hanche, sous le rebord du bassin ; allongez-vous sur le côté sur une balle.
region-gluteus-minimus = petit fessier
    .aliases = petit glutéal, gluteus minimus
    .find = Sous le moyen fessier, un peu plus en avant et plus bas sur le côté de la hanche.
region-piriformis = piriforme
    .aliases = pyramidal, pyramidal du bassin, pelvi-trochantériens, rotateurs profonds de la hanche, rotateurs de la hanche, piriformis
    .find = Au fond, au milieu de la fesse, de la base de la colonne jusqu'au haut du fémur.
region-tensor-fasciae-latae = tenseur du fascia lata
    .aliases = TFL, tenseur, tensor fasciae latae
    .find = Un petit muscle à l'avant du côté externe de la hanche, sous la pointe osseuse du bassin.
region-it-band = bandelette ilio-tibiale
    .aliases = bandelette iliotibiale, tractus ilio-tibial, bandelette, ITB, face externe de la cuisse, côté de la cuisse
    .find = L'extérieur de la cuisse, de la hanche au genou ; roulez le muscle devant et derrière, pas la bandelette.
region-adductors = adducteurs
    .aliases = adducteur, aine, intérieur de la cuisse, face interne de la cuisse
    .find = L'intérieur de la cuisse, de l'aine jusqu'à mi-chemin du genou.
region-quadriceps = quadriceps
    .aliases = quadri, quadris, quads, avant de la cuisse, cuisse, cuisses
    .find = L'avant de la cuisse, de la hanche au genou ; allongez-vous à plat ventre sur un rouleau.
region-vastus-lateralis = vaste latéral
    .aliases = vaste externe, quadriceps externe
    .find = La partie externe du quadriceps, juste devant la bandelette ilio-tibiale.
region-vastus-medialis = vaste médial
    .aliases = vaste interne, vaste médial oblique, VMO, quadriceps interne
    .find = La goutte de muscle à l'intérieur de la cuisse, juste au-dessus du genou.
region-hamstrings = ischio-jambiers
    .aliases = ischio-jambier, ischiojambiers, ischios, arrière de la cuisse
    .find = L'arrière de la cuisse, de la fesse au genou ; asseyez-vous sur une balle posée sur une chaise ferme.
region-popliteus = poplité
    .aliases = muscle poplité, creux poplité, creux du genou, arrière du genou
    .find = Au fond de l'arrière du genou ; appuyez doucement, le nerf et les vaisseaux passent ici.
region-calf = mollet
    .aliases = mollets, gastrocnémien, gastrocnémiens, jumeaux
    .find = Le renflement à l'arrière de la jambe, sous le genou.
region-soleus = soléaire
    .aliases = muscle soléaire, soleus, bas du mollet, mollet profond
    .find = Sous le mollet, plus bas, de part et d'autre du tendon d'Achille ; pliez le genou pour l'atteindre.
region-tibialis-anterior = tibial antérieur
    .aliases = jambier antérieur, tibial, tibia, tibias, devant du tibia
    .find = Le muscle juste à l'extérieur du tibia ; relevez les orteils pour le sentir ; ne roulez jamais sur l'os.
region-peroneals = fibulaires
    .aliases = fibulaire, long fibulaire, péroniers, péronier, péroniers latéraux, long péronier, extérieur de la jambe
    .find = L'extérieur de la jambe, de sous le genou jusqu'à la malléole externe.
region-plantar-fascia = aponévrose plantaire
    .aliases = fascia plantaire, voûte plantaire, arche du pied, plante du pied, plante, pied, pieds
    .find = La plante du pied, du talon à l'avant-pied ; faites-la rouler sur une balle.
region-heel = talon
    .aliases = talons, coussinet du talon, avant du talon, épine calcanéenne
    .find = Juste devant le coussinet du talon, sous le pied, là où commence l'aponévrose plantaire.

## Articulations et grandes zones, pour le froid et le chaud

region-neck = nuque
    .aliases = cou, cervicales, rachis cervical
    .find = Tout l'arrière du cou, du crâne jusqu'au haut des épaules.
region-shoulder = épaule
    .aliases = épaules, articulation de l'épaule
    .find = L'articulation de l'épaule et les muscles qui la recouvrent.
region-lower-back = bas du dos
    .aliases = lombaires, région lombaire, rachis lombaire, lombes, reins
    .find = Entre les dernières côtes et le haut du bassin.
region-elbow = coude
    .aliases = coudes, tennis-elbow, épicondylite, coude du golfeur, épitrochléite
    .find = L'articulation du coude et les tendons juste au-dessus et en dessous.
region-wrist = poignet
    .aliases = poignets
    .find = L'articulation du poignet, là où l'avant-bras rejoint la main.
region-knee = genou
    .aliases = genoux, rotule, avant du genou
    .find = L'articulation du genou et le pourtour de la rotule.
region-ankle = cheville
    .aliases = chevilles, tendon d'Achille, Achille
    .find = L'articulation de la cheville et le tendon à l'arrière, au-dessus du talon.

## Aucun endroit précis : le point douloureux, où qu'il soit

region-sore-spot = point douloureux
    .aliases = zone douloureuse, endroit douloureux, là où ça fait mal, n'importe où
    .find = Là où ça fait mal ; la silhouette ne marque aucun endroit précis.
