## knead where (« où avez-vous mal ? »), en français : les questions d'alerte posées avant tout
## muscle, que faire quand la réponse à l'une d'elles est oui, les mots du sélecteur et la routine écrite.

where-flag-heart-question = S'agit-il d'une douleur ou d'une sensation d'oppression dans la poitrine, ou d'une douleur qui s'étend au bras, à la mâchoire, au cou ou au dos, éventuellement avec un essoufflement, des sueurs ou des nausées ?
where-flag-headache-question = Le mal de tête est-il apparu brutalement et violemment, le pire que vous ayez jamais eu, ou s'accompagne-t-il d'une raideur de la nuque, d'une confusion, d'un évanouissement ou de troubles de la vue ou de la parole ?
where-flag-clot-question = La jambe est-elle gonflée, chaude, rouge ou douloureuse au toucher le long du mollet, ou ressentez-vous un essoufflement ?
where-flag-nerve-question = Ressentez-vous un engourdissement, des fourmillements ou une faiblesse dans un bras, une main, une jambe ou un pied, ou avez-vous depuis peu du mal à retenir vos urines ou vos selles ?
where-flag-injury-question = La douleur a-t-elle commencé après une chute, un coup ou un accident, ou avez-vous de la fièvre ou un malaise général ?

# Que faire quand la réponse à une question d'alerte est oui : knead ne construit alors rien. Numéros d'urgence selon l'usage du pays.
where-flag-heart-advice = Il peut s'agir de votre cœur. Appelez les secours immédiatement (15 ou 112 en France, 112 ailleurs en Europe, 911 en Amérique du Nord, 999 au Royaume-Uni). Ne massez pas.
where-flag-headache-advice = Un mal de tête soudain et violent doit être examiné par un médecin sans attendre : appelez les secours ou rendez-vous aux urgences. Ne massez pas.
where-flag-clot-advice = Il peut s'agir d'un caillot sanguin (phlébite). Consultez un médecin aujourd'hui même (appelez les secours en cas d'essoufflement), et ne massez pas la jambe.
where-flag-nerve-advice = Un nerf est peut-être en cause : consultez un médecin ou un kinésithérapeute avant de vous traiter vous-même. Si vous avez depuis peu du mal à retenir vos urines ou vos selles, consultez un médecin aujourd'hui même.
where-flag-injury-advice = Une blessure ou une infection doit d'abord être examinée : consultez un médecin ou un kinésithérapeute avant de vous traiter vous-même.

# Une question d'alerte comme ligne de sécurité de la routine écrite (200 caractères au plus).
where-flag-heart-safety = Douleur dans la poitrine, ou douleur qui s'étend au bras, à la mâchoire ou au dos : arrêtez et appelez les secours (112, 911, 999).
where-flag-headache-safety = Mal de tête soudain et violent, le pire que vous ayez jamais eu : arrêtez et faites appel aux urgences.
where-flag-clot-safety = Mollet gonflé, chaud ou rouge : ne le massez pas ; consultez un médecin aujourd'hui même.
where-flag-nerve-safety = Engourdissement, fourmillements ou faiblesse, ou mal à retenir les urines ou les selles depuis peu : arrêtez et consultez un médecin.
where-flag-injury-safety = Douleur après une chute ou une blessure, ou avec de la fièvre : consultez un médecin avant de faire cette routine.
where-safety-neck = Sur le côté du cou, saisissez doucement le muscle entre le pouce et les doigts ; n'appuyez jamais sur le pouls ni sur l'avant de la gorge.
where-safety-pressure = Appuyez jusqu'à une douleur nette mais supportable, environ 6 sur 10 ; jamais de douleur vive, d'engourdissement ni de fourmillements.

where-see-a-clinician = Consultez un médecin ou un kinésithérapeute si la douleur dure plus de quelques semaines, vous réveille la nuit, ne cesse de s'aggraver, ou si ces exercices ne la soulagent pas. Les points gâchettes sont une cause fréquente de ce type de douleur, mais pas la seule, et rien de ce qui est proposé ici ne guérit.
where-muscles-heading = Muscles dont les points gâchettes projettent souvent une douleur vers la zone « { $zone } », les plus probables d'abord :
# Un muscle dans la liste d'une zone : « trapèze supérieur, balle de lacrosse, 45 s ».
where-muscle = { $region }, { $tool }, { $seconds } s
where-muscle-both-sides = { $muscle } (des deux côtés)
where-tool-thumb = pouce
where-tool-foam-roller = rouleau en mousse
where-tool-ball = balle de lacrosse
where-none-picked = choisissez au moins un muscle : Space prend celui qui est sous le curseur
where-not-found = knead ne connaît pas « { $typed } » ; déplacez plutôt le repère jusqu'à cet endroit
where-not-found-meant = knead ne connaît pas « { $typed } » ; vouliez-vous dire « { $meant } » ?
where-enter-chooses = Enter pour choisir : d'abord quelques questions, puis les muscles.
where-question-of = Question { $number } sur { $count }
where-saved = Enregistrée sous { $name } : `knead run { $name }` la lance, `knead edit { $name }` la modifie.
where-title = Où avez-vous mal ?
where-map-hint = Déplacez le repère là où vous avez mal, ou appuyez sur / et tapez le nom de la zone.
where-seek-care = Consultez d'abord
where-flags-heading = D'abord, si vous répondez oui à l'une de ces questions, ne vous traitez pas vous-même :
where-build-hint = `knead where { $zone } --save NAME` écrit une routine pour ces muscles ; `--routine` l'affiche.
where-runs-it = `knead run { $name }` la lance.
# Après chaque question d'alerte en mode texte ; les mots acceptés pour oui et pour non (en plus de y et n), séparés par des virgules.
where-yes-no = (o/n)
where-yes-words = o, oui
where-no-words = n, non
where-not-answered = pas de réponse aux questions, donc pas de routine
where-no-place = aucune zone nommée « { $typed } » ; `knead where` liste les zones
where-no-place-meant = aucune zone nommée « { $typed } » ; vouliez-vous dire « { $meant } » ? `knead where` liste les zones
where-muscles-range = --muscles { $number } : les muscles de la zone « { $zone } » vont de 1 à { $count }
where-no-home = pas de dossier personnel où écrire la routine
where-no-such-place = aucune zone { $id }
where-list-footer = `knead where PLACE` liste les muscles qui projettent souvent une douleur vers cette zone ; dans un terminal, `knead where` affiche une carte du corps pour la désigner.
# Le commentaire en tête de la routine écrite (deux lignes).
where-routine-comment = Routine écrite par `knead where { $zone }` : muscles dont les points gâchettes projettent souvent
    une douleur vers la zone « { $zone } ». Modifiez-la à votre guise ; `knead check` la vérifie.
where-routine-description = Pour une douleur dans la zone « { $zone } » : une pression sur chaque muscle qui y projette souvent une douleur. { $see }

## Les zones, de la tête aux pieds : le nom de chacune et, dans .aliases, d'autres mots que l'on tape pour la désigner (séparés par des virgules).
zone-forehead = front
    .aliases = sourcils, arcade sourcilière, mal de tête frontal, céphalée frontale
zone-temple = tempe
    .aliases = tempes, côté de la tête, céphalée de tension, mal de tête de tension
zone-behind-the-eye = derrière l'œil
    .aliases = œil, oeil, yeux, derrière les yeux, autour de l'œil, derrière l'oeil
zone-ear = oreille
    .aliases = oreilles, mal d'oreille, mal aux oreilles, devant l'oreille
zone-jaw = mâchoire
    .aliases = mâchoires, machoire, dents, mal de dents, joue, articulation de la mâchoire
zone-back-of-the-head = arrière de la tête
    .aliases = base du crâne, arrière du crâne, derrière la tête, os occipital
zone-front-of-the-neck = avant du cou
    .aliases = gorge, côté de la gorge, devant du cou
zone-back-of-the-neck = nuque
    .aliases = cou, torticolis, côté du cou, arrière du cou, cervicales
zone-top-of-the-shoulder = haut de l'épaule
    .aliases = épaules, haut des épaules, entre le cou et l'épaule, trapèzes
zone-front-of-the-shoulder = avant de l'épaule
    .aliases = devant de l'épaule, articulation de l'épaule
zone-side-of-the-shoulder = côté de l'épaule
    .aliases = épaule, extérieur de l'épaule, deltoïde, moignon de l'épaule
zone-back-of-the-shoulder = arrière de l'épaule
    .aliases = derrière l'épaule, épaule arrière
zone-chest = poitrine
    .aliases = pectoraux, torse, sein, devant de la poitrine
zone-between-the-shoulder-blades = entre les omoplates
    .aliases = entre omoplates, entre les épaules, haut du dos, bord interne de l'omoplate
zone-shoulder-blade = omoplate
    .aliases = omoplates, sur l'omoplate, os de l'omoplate
zone-mid-back = milieu du dos
    .aliases = dos moyen, dorsales, région dorsale, colonne dorsale
zone-front-of-the-upper-arm = avant du bras
    .aliases = bras, haut du bras, biceps, devant du bras
zone-back-of-the-upper-arm = arrière du bras
    .aliases = triceps, derrière du bras
zone-outer-elbow = extérieur du coude
    .aliases = coude, épicondylite, coude du tennisman, face externe du coude
zone-inner-elbow = intérieur du coude
    .aliases = coude du golfeur, épitrochléite, face interne du coude
zone-front-of-the-forearm = intérieur de l'avant-bras
    .aliases = avant-bras, dessous de l'avant-bras, face interne de l'avant-bras
zone-back-of-the-forearm = dessus de l'avant-bras et du poignet
    .aliases = dessus de l'avant-bras, extérieur de l'avant-bras, dessus du poignet, poignet, dos de la main
zone-thumb = pouce
    .aliases = base du pouce, pouces
zone-palm = paume et doigts
    .aliases = paume, main, doigts, doigt
zone-low-back = bas du dos
    .aliases = lombaires, reins, lumbago, mal de dos, dos
zone-buttock = fesse
    .aliases = fesses, fessiers, derrière, postérieur
zone-side-of-the-hip = côté de la hanche
    .aliases = hanche, hanches, extérieur de la hanche
zone-groin = aine
    .aliases = pli de l'aine, avant de la hanche, intérieur de la hanche
zone-front-of-the-thigh = avant de la cuisse
    .aliases = cuisse, cuisses, quadriceps, devant de la cuisse
zone-outer-thigh = extérieur de la cuisse
    .aliases = côté de la cuisse, bandelette ilio-tibiale, face externe de la cuisse
zone-back-of-the-thigh = arrière de la cuisse
    .aliases = ischio-jambiers, ischios, sciatique, derrière de la cuisse
zone-front-of-the-knee = avant du genou
    .aliases = genou, genoux, rotule, intérieur du genou
zone-back-of-the-knee = arrière du genou
    .aliases = derrière le genou, creux du genou, creux poplité
zone-shin = tibia
    .aliases = tibias, avant de la jambe, devant de la jambe, périostite tibiale
zone-calf = mollet
    .aliases = mollets, arrière de la jambe, crampe au mollet
zone-ankle = cheville
    .aliases = chevilles, extérieur de la cheville, devant de la cheville
zone-heel = talon
    .aliases = talons, arrière du talon, tendon d'achille, achille
zone-sole = plante du pied
    .aliases = plante, voûte plantaire, dessous du pied, pied, pieds
