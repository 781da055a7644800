## knead check : les diagnostics et les lignes d'aide sur un fichier de routine, en français.
## Les clés, tables et valeurs TOML (name, [[step]], "60s", true) restent telles qu'écrites, comme chez Cargo.

check-error = erreur
check-warning = avertissement
check-help = aide

# Ce qu'une valeur s'est révélée être, dans « hold doit être du texte entre guillemets, trouvé : un nombre ».
check-kind-text = du texte
check-kind-number = un nombre
check-kind-decimal = un nombre décimal
check-kind-boolean = true/false
check-kind-date = une date
check-kind-list = une liste
check-kind-table = une table

check-no-name = la routine n'a pas de nom
check-no-name-help = ajoutez en haut du fichier une ligne comme name = "Pause au bureau"
check-no-steps = la routine n'a aucune étape
check-no-steps-help = ajoutez au moins une table [[step]] avec region, tool et hold
check-step-not-list = step doit être une liste de tables, trouvé : { $found }
check-step-not-list-help = écrivez chaque étape sous son propre en-tête [[step]], avec des doubles crochets
check-too-many-steps = une routine compte au plus { $most } étapes, celle-ci en a { $found }
check-too-many-steps-help = divisez-la en plusieurs routines
check-step-not-table = chaque étape doit être une table, trouvé : { $found }
check-step-not-table-help = écrivez chaque étape sous son propre en-tête [[step]]
check-defaults-not-table = defaults doit être une table, trouvé : { $found }
check-defaults-not-table-help = écrivez [defaults] seul sur une ligne, avec les champs des étapes en dessous
check-step-lacks = l'étape { $number } n'a pas de { $key }
check-step-lacks-help = ajoutez { $key } = { $example } à cette étape
check-step-lacks-default-help = ajoutez { $key } = { $example } à cette étape, ou définissez-le une fois pour toutes dans [defaults]
check-no-default = { $key } ne peut pas avoir de valeur par défaut
check-no-default-help = définissez plutôt { $key } dans chaque [[step]]

check-prescription-not-table = prescription doit être une table, trouvé : { $found }
check-prescription-not-table-help = écrivez [prescription] seul sur une ligne, avec ses clés en dessous
check-prescription-lacks = la prescription n'a pas de { $key }
check-prescription-lacks-help = ajoutez { $key } = { $example } sous [prescription]
check-phase-not-list = phase doit être une liste de tables, trouvé : { $found }
check-phase-not-table = chaque phase doit être une table, trouvé : { $found }
check-phase-header-help = écrivez chaque phase sous son propre en-tête [[prescription.phase]]
check-phase-clash = cette entrée et une autre plus haut, toutes deux à partir de la semaine { $week }, définissent { $key } pour l'étape { $step }
check-phase-clash-help = définissez chaque clé une seule fois par étape et par semaine : ne mettez l'étape que dans les steps d'une seule entrée
check-phase-no-week = cette phase n'a pas de from_week
check-phase-no-week-help = ajoutez from_week = 3 pour indiquer la semaine où elle commence
check-phase-after-end = cette phase commence en semaine { $week }, mais la prescription dure { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }
check-phase-after-end-help = faites-la commencer au plus tard en semaine { $weeks }, ou augmentez weeks
check-phase-out-of-order = cette phase commence en semaine { $week }, avant la phase du dessus (semaine { $above })
check-phase-out-of-order-help = listez les phases dans l'ordre où elles commencent
check-steps-empty = steps = [] ne désigne aucune étape
check-steps-empty-help = listez les étapes que la phase modifie, ou retirez steps pour modifier toutes les étapes
check-phase-changes-nothing = la phase qui commence en semaine { $week } ne change rien
check-phase-changes-nothing-help = donnez-lui une nouvelle valeur de hold, rest, prepare ou reps
check-no-such-step = il n'y a pas d'étape { $number } : la routine compte { $count ->
        [one] { $count } étape
       *[other] { $count } étapes
    }
check-no-such-step-help = comptez les tables [[step]] depuis le haut du fichier, en commençant à 1
check-step-twice = l'étape { $number } est listée deux fois
check-step-twice-help = ne listez chaque étape qu'une seule fois
# Un avertissement sur la pression d'une phase : « à partir de la semaine 3, une pression maintenue de 3m est longue ».
check-from-week = à partir de la semaine { $week }, { $message }

check-session-takes = une séance dure { $took }
check-session-takes-in-phase = une séance dure { $took } dans la phase { $phase }
check-session-over-a-day = { $takes } : plus d'une journée
check-session-over-a-day-help = knead mène des séances de 24h au plus ; prévoyez moins d'étapes, de répétitions ou de côtés, ou des pressions et des repos plus courts
check-session-long-help = plus de 2h, c'est long à suivre au chrono ; prévoyez moins d'étapes, de répétitions ou de côtés, ou des pressions et des repos plus courts, ou divisez la routine

# Où une clé inconnue a été trouvée : « clé inconnue "reps" dans la routine ».
check-in-routine = la routine
check-in-step = une étape
check-in-phase = une phase
check-unknown-key = clé inconnue { $key } dans { $table }
check-did-you-mean = vouliez-vous dire { $key } ?
check-phase-in-prescription = une phase fait partie de la prescription : écrivez-la sous [[prescription.phase]]
check-key-in-prescription = { $key } fait partie de la prescription : placez { $key } sous [prescription]
check-key-in-step = { $key } est un champ d'étape : placez-le sous un [[step]] ou dans [defaults]
check-key-in-routine = { $key } s'applique à toute la routine : placez-le au-dessus de la première table
check-key-not-in-phase = une phase ne peut changer que hold, rest, prepare et reps ; { $key } garde la valeur définie par l'étape
check-keys-allowed = les clés acceptées ici sont { $keys }
check-set-twice = { $key } est défini deux fois
check-set-twice-help = chaque clé ne peut apparaître qu'une fois par table ; supprimez l'une des deux
check-invalid-toml = TOML invalide : { $message }
check-unquoted-help = mettez le texte entre guillemets doubles, comme region = "calf"
check-unclosed-string-help = fermez le texte par " sur la même ligne, ou utilisez des guillemets """ pour un texte sur plusieurs lignes
check-unclosed-table-help = un en-tête d'étape s'écrit [[step]], avec deux crochets de chaque côté

# Une valeur du mauvais type ou hors limites. { $key } est la clé TOML, { $found } telle qu'écrite.
check-must-be = { $key } doit être { $expected }, trouvé : { $found }
check-each-must-be = chaque élément de { $key } doit être { $expected }, trouvé : { $found }
check-in-brackets-help = mettez le texte entre crochets : { $key } = [{ $written }]
check-between = { $key } doit être compris entre { $min } et { $max }, trouvé : { $found }
check-at-most = { $key } doit valoir au plus { $max }, trouvé : { $found }
check-each-step-number = chaque élément de { $key } doit être un numéro d'étape à partir de 1, trouvé : { $found }
check-unquote-number-help = écrivez le nombre sans guillemets : { $key } = { $written }
check-calendar-day = { $key } doit être une date du calendrier comme 2026-11-02, trouvé : { $found }
check-calendar-day-help = écrivez une date : { $key } = 2026-11-02
check-day-without-time-help = écrivez seulement l'année, le mois et le jour, sans heure
check-whole-number = { $key } doit être un nombre entier de { $min } à { $max }, trouvé : { $found }
check-duration = { $key } doit être une durée comme "90s" ou "1m30s", trouvé : { $found }
check-whole-seconds = { $key } doit être un nombre entier de secondes, trouvé : { $found }
check-empty = { $key } ne doit pas être vide
check-too-long = { $key } fait { $length } caractères ; l'écran en affiche au plus { $limit }
check-too-long-help = raccourcissez le texte à { $limit } caractères au plus
check-invisible = { $key } contient le caractère invisible { $character }
check-invisible-help = supprimez-le : les caractères invisibles rendent différents deux noms qui semblent identiques
check-single-line = { $key } doit tenir sur une seule ligne
check-single-line-help = les retours à la ligne ne sont permis que dans description et cue ; dans safety et stop_if, écrivez chaque ligne comme un élément distinct : ["...", "..."]
check-control = { $key } contient le caractère de contrôle { $character }
check-control-help = supprimez-le : les caractères de contrôle pourraient réécrire le contenu du terminal
check-each-line-text = chaque ligne de { $key } doit être du texte entre guillemets, trouvé : { $found }
check-each-text = chaque élément de { $key } doit être du texte entre guillemets, trouvé : { $found }
check-activities-too-many = { $key } liste { $count } activités ; l'échelle en note au plus { $most }
check-activities-too-many-help = gardez les cinq que le patient trouve les plus difficiles
check-activity-length = chaque élément de { $key } doit faire de { $least } à { $most } caractères, trouvé : { $found }
check-activity-length-help = indiquez ce que le patient trouve difficile, et à quel moment : "tourner la tête en conduisant"
check-activity-twice = "{ $activity }" figure deux fois dans { $key }
check-activity-twice-help = supprimez-la, ou précisez en quoi elle diffère de l'activité { $number }

# Ce qu'une clé accepte, dans « hold doit être { $expected }, trouvé : ... ».
check-expect-text = du texte entre guillemets
check-expect-lines = une liste de lignes de texte, comme ["...", "..."]
check-expect-duration = une durée comme "90s" ou "1m30s", ou un nombre entier de secondes
check-expect-whole = un nombre entier de { $min } à { $max }
check-expect-words = une liste de mots, chacun étant { $words }
check-expect-boolean = true ou false
check-expect-steps = une liste de tables [[step]]
check-expect-date = une date comme 2026-11-02
check-expect-step-numbers = une liste de numéros d'étape, comme [1, 2]
check-expect-phases = une liste de tables [[prescription.phase]]
check-expect-activities = une liste d'activités, comme ["...", "..."]
# Le dernier de plusieurs mots permis : "left", "right" ou "both".
check-one-of = { $first } ou { $last }

duration-empty = la durée est vide
duration-negative = une durée ne peut pas être négative
duration-fractional = les durées s'écrivent en secondes ou en minutes entières
duration-no-unit = "{ $number }" n'a pas d'unité
duration-unknown-unit = "{ $unit }" n'est pas une unité
duration-order = les unités doivent venir dans l'ordre h, m, s, chacune une seule fois
duration-too-large = le nombre est trop grand
duration-accepted = écrivez la durée comme "90s", "1m30s", "1m 30s" ou 90 (secondes entières)

check-unknown-region = knead ne connaît pas la région "{ $region }"
check-unknown-region-help = elle s'affiche telle qu'écrite, sans emplacement sur la carte du corps ; `knead regions` liste les régions que knead connaît
check-unknown-tool = knead ne connaît pas l'outil "{ $tool }"
check-unknown-tool-help = il s'affiche tel qu'écrit, sans conseil ; knead connaît les balles, rouleaux en mousse, bâtons de massage, pouces, phalanges, coudes, crochets, pistolets de massage, poches de froid et de chaleur
check-hold-long = une pression maintenue de { $hold } est longue
check-hold-long-help = la compression d'un point gâchette dure en général 30-90s ; gardez des pressions de 2m ou moins
check-hold-short = une pression maintenue de { $hold } est très courte
check-hold-short-help = un point gâchette a besoin de 30-90s pour se relâcher ; maintenez la pression au moins 10s
# { $what } vaut "cold" (froid) ou "heat" (chaleur).
check-thermal-long = { $what ->
        [cold] { $hold } de froid, c'est trop long
       *[heat] { $hold } de chaleur, c'est trop long
    }
check-thermal-long-help = { $what ->
        [cold] limitez les applications de froid à 20m ou moins pour ne pas léser la peau
       *[heat] limitez les applications de chaleur à 20m ou moins pour ne pas léser la peau
    }
check-no-barrier = { $what ->
        [cold] l'étape de froid sur { $region } ne mentionne ni linge ni protection
       *[heat] l'étape de chaleur sur { $region } ne mentionne ni linge ni protection
    }
check-no-barrier-help = indiquez dans cue ou dans une ligne de safety de garder un linge entre la poche et la peau
check-stop-above-high = stop_above = { $value } ne conseille de relâcher un peu la pression qu'en cas de douleur extrême
check-stop-above-high-help = la pression devrait rester autour de 6-7/10 ; 8 est le seuil habituel

## Le plan que `knead check` affiche pour une routine prescrite.
plan-prescription = prescription : { $head }
plan-weeks = { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } du { $start } au { $end }
plan-per-week = { $sessions ->
        [one] { $sessions } séance par semaine
       *[other] { $sessions } séances par semaine
    }
plan-by = par { $by }
plan-for = pour { $client }
plan-week = semaine { $week }
plan-weeks-from-to = semaines { $first }-{ $last }
plan-as-written = routine telle qu'écrite
plan-phase = phase { $number }, { $weeks } : { $changes } · { $summary }
plan-step = étape { $number }, { $region } : pression { $hold }, repos { $rest }, { $reps ->
        [one] { $reps } répétition
       *[other] { $reps } répétitions
    }
plan-shorter-hold = plus courte que les { $hold } de la phase { $phase } : cette phase ne définit pas hold
plan-stop-if = arrêter si : { $reason }
plan-activities = activités, notées de 0 à 10 à la première séance de chaque semaine :
plan-pgic = impression globale de changement demandée à la dernière séance de chaque phase et du programme
# Après les changements d'une phase : « hold 90s (étapes 1, 2) ». Les clés (hold, rest, reps) restent telles qu'écrites.
plan-change-steps = { $count ->
        [one] étape { $steps }
       *[other] étapes { $steps }
    }
# Une ligne pour les listes : « 3 étapes, 6 pressions, 7m40s ».
routine-summary = { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    }, { $holds ->
        [one] { $holds } pression
       *[other] { $holds } pressions
    }, { $time }

## Après les diagnostics : « neck.toml: valide : 3 étapes, 6 pressions, 7m40s (1 avertissement) ».
check-valid = valide : { $summary }
check-valid-with-warnings = valide : { $summary } ({ $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    })
check-files = fichiers vérifiés : { $files } ; valides : { $valid } ; avec des erreurs : { $errors }

# Words that show a cue or safety line keeps a cloth between a cold or heat pack and the skin
# (comma-separated, matched within words: "Handtuch" has "tuch"). Every language's are used.
check-barrier-words = linge, serviette, tissu, protection, housse, manchon, t-shirt, taie
