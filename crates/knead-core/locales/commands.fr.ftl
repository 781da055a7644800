## Les commandes de knead (list, clients, config, export, import, remind, new, le sélecteur de where)
## et leurs messages d'erreur, en français. Chaque erreur s'affiche après « knead: » sur sa propre ligne.
## Les options (--client, --format json) et les noms de fichiers restent tels qu'écrits.

## Le fichier d'historique.
error-history-open = impossible d'ouvrir { $path } : { $why }
error-history-damaged = { $path } est endommagé ou n'est pas un historique knead ({ $why }) ; il a été laissé tel quel
error-history-migration = impossible de mettre à jour le format de l'historique : { $why }

## L'import.
error-import-format = ce n'est pas un export d'historique knead : { $why }
error-import-newer = cet export est en version { $version } du format, plus récente que ce que lit ce knead (jusqu'à la version { $known }) : mettez knead à jour, ou demandez un export fait avec la même version
error-import-csv = ceci est un export CSV ; l'import lit l'export JSON : demandez `knead export --format json`

## L'envoi à un serveur FHIR.
error-fhir-unreachable = aucun serveur FHIR n'a répondu à { $url } ({ $why }) : vérifiez l'adresse, et que le serveur est en marche
error-fhir-refused = le serveur { $url } a refusé les identifiants ({ $status }) : fournissez un jeton avec --token-env NAME ou KNEAD_FHIR_TOKEN
error-fhir-timeout = le serveur { $url } n'a pas répondu dans les { $secs } s ; rien n'a été envoyé
error-fhir-rejected = le serveur { $url } a refusé le bundle ({ $status }) : { $why }
error-fhir-not-fhir = le serveur { $url } a répondu par autre chose que du FHIR ({ $what }) : est-ce bien l'URL de base d'un serveur FHIR ?

## Le son, la voix, les notifications et les terminaux.
error-sound-no-server = aucun serveur de son n'a répondu ({ $why }) ; ce knead est compilé sans la fonctionnalité alsa
error-sound-builtin = un son intégré est endommagé : { $why }
error-sound-not-a-file = ce n'est pas un fichier ordinaire
error-sound-too-large = plus de 16 Mio ; un signal sonore doit être un son court
error-sound-not-wav = ce n'est pas un fichier WAV lisible
error-engine-not-found = { $program } introuvable
error-engine-slow = il n'a pas terminé en 10 s
error-engine-exit = il s'est terminé avec le statut { $status }
error-engine-not-wav = ce qu'il a produit n'est pas un son WAV que knead sait lire
error-no-notification-service = aucun service de notification n'a répondu (--no-notify les désactive)
error-terminal-ended = s'est fermé aussitôt ({ $status })

## Les routines.
error-no-routine = aucune routine nommée « { $name } » ; `knead list` affiche vos routines

## Le choix de ce que lit une commande.
error-since-after-until = --since { $since } est postérieur à --until { $until } : aucune séance ne peut se trouver entre les deux ; inversez-les, ou retirez l'un des deux
error-no-clients = aucun historique de patient n'a été importé ; `knead import FILE --client NAME` en ajoute un
error-no-sessions-yet = cet historique ne contient encore aucune séance
# { $what } vaut "client" ou "routine" ; { $name } arrive entre guillemets.
error-nothing-named = { $what ->
        [client] aucun patient nommé { $name } : { $none }
       *[routine] aucune routine nommée { $name } : { $none }
    }
error-nothing-named-short = { $what ->
        [client] aucun patient nommé { $name }.
       *[routine] aucune routine nommée { $name }.
    }
error-did-you-mean = Vouliez-vous dire { $name } ?
error-there-are = Noms connus : { $names }.
error-no-data-folder = pas de dossier de données : définissez KNEAD_DATA_DIR ou passez --data-dir DIR
error-cannot-read = impossible de lire { $path } : { $why }
error-cannot-write = impossible d'écrire { $path } : { $why }

## knead new et knead edit.
error-routine-name = un nom de routine se compose de lettres, de chiffres, d'espaces, de - et de _ ("Neck plan" devient neck-plan.toml) : { $name }
error-no-home-for-routines = pas de dossier personnel où ranger les routines
error-routine-exists = { $path } existe déjà ; `knead edit { $name }` l'ouvre, sinon choisissez un autre nom
error-no-editor = l'éditeur { $editor } est introuvable ; définissez VISUAL ou EDITOR avec un éditeur installé (par exemple EDITOR=nano)
error-no-own-routine = vous n'avez pas de routine { $quoted } ; `knead new { $name }` en crée une à partir du modèle
error-edit-needs-terminal = `knead edit` ouvre { $editor } dans un terminal, et ceci n'en est pas un ; définissez VISUAL ou EDITOR avec un éditeur qui ouvre sa propre fenêtre, ou modifiez { $path } vous-même puis lancez `knead check { $name }`
error-editor-failed = impossible de lancer l'éditeur ({ $editor }) : { $why }

## knead run, history, regions, nudge.
error-routine-has-errors = { $name } contient des erreurs ; corrigez-les et réessayez
error-history-needs-terminal = l'historique s'affiche en plein écran et a besoin d'un terminal ; `knead export --format csv` affiche l'historique sous forme de texte, `knead report` en fait un rapport
error-unknown-region = knead ne connaît pas la région « { $region } » ; `knead regions` les liste
error-unknown-region-meant = knead ne connaît pas la région « { $region } » ; vouliez-vous dire « { $meant } » ? `knead regions` les liste
error-nudge-no-service = impossible d'afficher la notification : aucun service de notification n'a répondu sur le bus du bureau (le journal contient la réponse de D-Bus)

## knead report.
error-report-name = { $path } n'est pas un nom sous lequel knead écrit un rapport : terminez-le par .html (à lire, imprimer ou enregistrer en PDF depuis un navigateur) ou par .md (Markdown, avec les graphiques dans un dossier à côté)

## knead export et import.
error-fhir-options = --to et --bundle servent au FHIR : ajoutez --format fhir
error-token-env = --token-env { $name } : aucune variable d'environnement de ce nom n'est définie
# { $created } et { $existing } sont des nombres suivis des noms de ressources FHIR : « 35 (12 Observation, ...) ».
export-sent = envoyé à { $url } (ressources créées : { $created } ; déjà présentes : { $existing })
error-client-needs-name = --client a besoin d'un nom
error-import-near-client = un patient nommé « { $client } » existe déjà ici : s'il s'agit de la même personne, importez avec --client "{ $client }" ; s'il s'agit de quelqu'un d'autre, ajoutez --as-new
# { $held } des { $total } séances du fichier figurent déjà dans un historique ("all" quand elles y sont toutes).
error-import-yours = { $total ->
        [one] cette séance figure
       *[other] { $held ->
            [all] ces { $total } séances figurent
            [one] 1 de ces { $total } séances figure
           *[other] { $held } de ces { $total } séances figurent
        }
    } déjà dans votre propre historique : s'il s'agit de la même personne, il n'y a rien à importer ; pour en garder une seconde copie sous « { $client } », ajoutez --as-new
error-import-theirs = { $total ->
        [one] cette séance figure
       *[other] { $held ->
            [all] ces { $total } séances figurent
            [one] 1 de ces { $total } séances figure
           *[other] { $held } de ces { $total } séances figurent
        }
    } déjà dans l'historique de « { $other } » : s'il s'agit de la même personne, importez avec --client "{ $other }" ; pour en garder une seconde copie sous « { $client } », ajoutez --as-new

## knead remind. Les heures (11:00), les jours (mon-fri) et les commandes restent tels qu'écrits.
remind-on-again = Les rappels sont réactivés.
remind-not-paused = Les rappels n'étaient pas en pause.
remind-added = Rappel pour { $routine } : { $times } { $days }.
remind-every-day = tous les jours
remind-weekdays = en semaine
remind-on-days = les jours { $days }
remind-today-at = aujourd'hui à { $time }
remind-tomorrow-at = demain à { $time }
remind-day-at = { $day } à { $time }
remind-not-taken = le planificateur ne l'a pas pris en compte (la remarque ci-dessus explique pourquoi)
remind-next = Prochain rappel : { $when } (géré par { $scheduler }).
# { $what } est le nom que le planificateur donne à son fichier : "systemd unit", "crontab".
remind-file-written = écrit ({ $what }) : { $file }
remind-file-removed = supprimé ({ $what }) : { $file }
remind-crontab-updated = crontab mise à jour (`crontab -l` l'affiche).
remind-note = Remarque : { $note }
remind-none = Aucun rappel. `knead remind add desk-neck --at 11:00,15:30 --days mon-fri` en ajoute un.
remind-list-next = prochain : { $when }
remind-active = actif
remind-scheduler = Planificateur : { $scheduler }.
remind-quiet = Plages de silence : { $quiet }.
remind-paused-until = En pause jusqu'à { $when } (`knead remind resume` met fin à la pause).
remind-removed = Plus aucun rappel pour { $routine }.
remind-paused = Rappels en pause jusqu'à { $when } (`knead remind resume` met fin à la pause).
error-remind-resume = impossible de mettre fin à la pause : { $why }
error-no-home-for-settings = pas de dossier personnel : les réglages n'ont nulle part où être enregistrés
error-settings-have-errors = les réglages dans { $path } contiennent des erreurs ; `knead config` les affiche. Corrigez-les d'abord
error-no-home-for-reminders = pas de dossier personnel : les rappels n'ont nulle part où être enregistrés
error-no-program = impossible de savoir où knead est installé : { $why }
error-remind-will-not-fire = le rappel pour { $routine } est conservé dans les réglages mais ne se déclenchera pas : { $why }
error-remind-file = un rappel désigne une routine, pas un fichier : copiez { $routine } dans votre dossier de routines (`knead list` indique où) et utilisez son nom
error-remind-errors = { $routine } contient des erreurs (`knead check { $routine }` les affiche) ; corrigez-les d'abord
error-no-reminder-meant = aucun rappel pour { $routine } ; vouliez-vous dire { $meant } ?
error-no-reminder-none = aucun rappel pour { $routine } ; il n'y a aucun rappel
error-no-reminder-others = aucun rappel pour { $routine } ; il y a des rappels pour { $others }
error-pause-until-when = jusqu'à quand ? `knead remind pause until 2026-12-28` (ou until 2026-12-28 09:00)
error-not-a-time = { $time } n'est pas une heure ; écrivez-la sous la forme 09:00
error-no-such-day-here = { $day } ne peut pas être un jour ici
error-pause-in-past = { $day } a déjà commencé : une pause doit se terminer plus tard que maintenant
error-not-a-length = { $text } n'est pas une durée ; essayez 2h, 45m, 1h30m, 3d ou until 2026-12-28
error-pause-nothing = une pause de { $text } ne met rien en pause ; `knead remind resume` met fin à une pause
error-pause-too-long = pause trop longue
error-pause-over-a-year = une pause de plus d'un an : `knead remind remove` arrête un rappel pour de bon

## knead list et la liste de l'écran d'accueil.
list-bundled = Routines incluses
list-yours = Vos routines
list-yours-in = Vos routines ({ $folder })
list-yours-no-home = Vos routines (aucun dossier personnel trouvé)
list-none-yet = aucune pour l'instant : placez des fichiers de routine .toml dans ce dossier
list-invalid = invalide
list-invalid-because = invalide : { $why }
list-last = dernière fois :
list-this-week = { $done } cette semaine
list-this-week-of = { $done } sur { $aim } cette semaine
list-due-today = à faire aujourd'hui
home-settings-broken = les réglages contiennent des erreurs ; `knead config` les affiche
home-no-answer = pas de réponse aux règles d'arrêt, donc pas de séance
home-as-advised = pas de séance aujourd'hui, comme le conseillent les règles d'arrêt ; votre réponse est conservée
home-routine-ready = { $name } est prête : Enter la lance
home-routine-mistakes = { $name } contient des erreurs : `knead edit { $name }` la rouvre

## knead export, import, clients et report : ce qui a été écrit.
export-wrote-bundle = bundle FHIR de { $resources ->
        [one] { $resources } ressource
       *[other] { $resources } ressources
    } écrit dans { $path }
export-wrote = { $holds ->
        [one] { $holds } pression écrite
       *[other] { $holds } pressions écrites
    } dans { $path }
export-wrote-with-empty = { $holds ->
        [one] { $holds } pression
       *[other] { $holds } pressions
    } et { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } sans pression écrites dans { $path }
import-done = { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } et { $holds ->
        [one] { $holds } pression
       *[other] { $holds } pressions
    } importées pour { $client } ({ $already ->
        [one] { $already } pression déjà présente
       *[other] { $already } pressions déjà présentes
    })
clients-none = Aucun patient pour l'instant : `knead import FILE --client NAME` ajoute l'export d'un patient.
# Les colonnes de knead clients.
clients-client = patient
clients-sessions = séances
clients-last = dernière séance
clients-routines = routines
report-wrote-charts = { $charts ->
        [one] { $charts } graphique écrit
       *[other] { $charts } graphiques écrits
    } dans { $folder }
report-wrote = { $path } écrit ({ $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    }, { $spots ->
        [one] { $spots } point
       *[other] { $spots } points
    })

## knead config. Les clés des réglages (volume, bell, notifications, auto-advance, prepare) restent telles qu'écrites.
config-no-home = pas de dossier personnel : knead utilise les réglages par défaut
config-missing = { $path } n'existe pas : knead utilise les réglages par défaut.
config-start-one = Pour en créer un : knead config --default > { $path }
config-valid = valide
config-muted = son coupé
config-sound-on = avec son
config-on = oui
config-off = non
config-sound = volume { $volume }, { $sound }, bell { $bell }
config-cue-sound = son { $cue } : { $file }
config-notifications = notifications { $on }
config-advance = auto-advance { $on }, prepare { $prepare }

## La lecture d'un fichier de routine (avant la vérification de son contenu).
check-file-is-folder = est un dossier, pas un fichier de routine
check-file-unreadable = impossible de lire le fichier : { $why }
check-file-too-large = fait plus de 1 Mio ; un fichier de routine devrait faire quelques Kio
check-file-too-large-help = vérifiez qu'il s'agit bien de la routine voulue
check-file-not-utf8 = n'est pas du texte UTF-8
check-file-not-utf8-help = enregistrez le fichier en UTF-8

## La voix et le son, quand ils ne peuvent pas servir.
voice-problem = voix : { $words }
voice-engine-failed = { $program } a échoué ({ $why })
voice-cannot-start = impossible de démarrer ({ $why })
voice-install-espeak = apt install espeak-ng
audio-no-output = pas de carte son, de serveur de son ni de configuration ALSA
# --lang avec une langue que knead ne parle pas.
error-language = knead parle { $spoken }, pas { $asked }

## Le fichier de réglages (knead config les affiche avec ligne et colonne). Les clés restent telles qu'écrites.
settings-unreadable = impossible de lire les réglages : { $why }
settings-in-settings = les réglages
settings-in-reminder = le rappel pour { $routine }
settings-hook-empty = un hook vide ne lance rien
settings-hook-empty-help = retirez la clé, ou indiquez un programme et ses arguments
settings-hook-missing = programme { $program } introuvable : rien à lancer
settings-hook-missing-help = indiquez le chemin du programme ou une commande présente dans le PATH ; une ligne de shell s'écrit ["sh", "-c", "..."]
settings-hook-line-help = un hook est un programme suivi de ses arguments : ["sh", "-c", { $line }]
settings-reminder-no-times = le rappel pour { $routine } n'a aucune heure
settings-reminder-no-times-help = écrivez at = ["11:00"], ou `knead remind add ROUTINE --at 11:00`
settings-no-sound-file = aucun fichier son à l'emplacement { $path }
settings-no-sound-file-help = indiquez le chemin d'un fichier WAV ; les chemins relatifs partent du dossier de ce fichier
settings-not-table = { $name } doit être une table, trouvé : { $found }
settings-not-table-help = écrivez [{ $name }] seul sur une ligne, avec ses clés en dessous
error-no-history-yet = pas encore d'historique à l'emplacement { $path } : faites d'abord une séance

## L'enregistrement de l'historique pendant une séance (affiché à l'écran tant que knead réessaie).
saving-begin = l'ouverture de la séance
saving-hold = l'écriture d'une pression
saving-rating = l'écriture d'une évaluation
saving-end = la clôture de la séance
saving-pain = l'écriture de la douleur globale
saving-change = l'écriture de l'impression globale de changement
saving-note = l'écriture de la note
saving-not-yet = pas encore enregistré (échec de { $doing } : { $why }) ; knead continue d'essayer
saving-unknown = erreur inconnue
saving-incomplete = cette séance n'est pas entièrement enregistrée : { $left ->
        [one] { $left } enregistrement n'a pas pu être écrit
       *[other] { $left } enregistrements n'ont pas pu être écrits
    } ({ $why })
history-reading = lecture de l'historique…
history-unreadable = impossible de lire l'historique

## Les états et remarques du planificateur de knead remind. Les commandes entre accents graves restent telles qu'écrites.
remind-skip-paused = les rappels sont en pause jusqu'à { $until } (`knead remind resume` les réactive)
remind-skip-done = une séance a eu lieu à { $at }, il y a moins de { $hours } heures
remind-skip-quiet = c'est une plage de silence ({ $quiet })
remind-skip-late = il est arrivé { $minutes } minutes après l'heure prévue (l'ordinateur était en veille ou éteint) ; les rappels en retard de plus de { $most } minutes sont ignorés
remind-edit-not-table = dans les réglages, [reminders] n'est pas une table ; corrigez-le avec `knead config`
remind-edit-invalid = le fichier de réglages n'est pas du TOML valide ; `knead config` indique où
remind-not-loaded = écrit, mais pas chargé : { $why }
remind-missing = absent du planificateur : { $why }
remind-will-not-fire = ne se déclenchera pas : { $why }
remind-load-it = { $why } ; `{ $load }` le charge
remind-put-back = `knead remind add { $routine } --at ...` le rétablit
remind-no-systemctl-use-cron = systemctl n'est pas installé (définissez [remind] scheduler = "cron" pour utiliser cron)
# { $state } est le mot même de systemd : "disabled", "not enabled".
remind-systemd-says = systemd indique l'état du timer : { $state }
remind-launchd-not-loaded = launchd ne l'a pas chargé
remind-task-scheduler-lacks = le Planificateur de tâches ne le contient pas
remind-not-installed = { $program } n'est pas installé
remind-not-started = { $program } n'a pas pu être lancé
remind-no-systemd-manager = aucun gestionnaire utilisateur systemd ne tourne pour vous ici
remind-systemd-by-hand = { $why } : dans votre session de bureau, lancez `systemctl --user daemon-reload && systemctl --user enable --now { $timer }`
remind-cron-removed = cron : ses lignes ont été retirées de votre crontab
remind-run-yourself = { $why } ; lancez vous-même `{ $commands }`
remind-command-failed = `{ $command }` a échoué : { $first }
remind-cron-remove-by-hand = supprimez les lignes qui se terminent par `{ $tag }` avec `crontab -e`
remind-cron-add-by-hand = ajoutez ces lignes avec `crontab -e` :
    { $lines }
remind-crontab-refused = crontab a refusé la nouvelle table : { $why }
remind-no-display = aucun écran où ouvrir un terminal (ni DISPLAY ni WAYLAND_DISPLAY n'est défini)
remind-not-a-day = { $word } n'est pas un jour ; les jours s'écrivent mon-fri, mon,wed,fri, weekends ou daily
remind-not-a-time = { $text } n'est pas une heure ; les heures s'écrivent 09:30 ou 15:00 (sur 24 heures)
remind-no-times = indiquez au moins une heure, comme --at 11:00
remind-not-a-span = { $text } n'est pas une plage horaire ; les plages de silence s'écrivent "12:00-13:00"
error-cannot-remove = impossible de supprimer { $path } : { $why }

## knead nudge : ce qu'il est advenu d'un rappel (une ligne dans le terminal et dans le journal).
nudge-no-reminder = aucun rappel pour { $name } dans les réglages ; `knead remind remove { $name }` supprime ce qui lance ceci
nudge-not-reminding = pas de rappel : { $why }
nudge-routine-errors = pas de rappel : { $name } contient des erreurs (`knead check { $name }` les affiche)
nudge-not-reminding-of = pas de rappel pour { $name } : { $why }
nudge-no-service = pas de rappel pour { $name } : aucun service de notification n'a répondu sur le bus du bureau (le journal contient la réponse de D-Bus)
nudge-again-in = nouveau rappel dans { $minutes } minutes
nudge-reminded = rappel affiché pour { $name }
nudge-unanswered = rappel affiché pour { $name } ; pas de réponse en { $wait }
nudge-not-started = rappel affiché pour { $name } ; séance non lancée
nudge-cannot-start = impossible de lancer { $name } : { $why }
nudge-no-terminal = impossible de lancer { $name } : aucun terminal trouvé où la lancer ; définissez [remind] terminal dans les réglages
nudge-started = { $name } lancée dans { $terminal }
nudge-terminal-failed = impossible de lancer { $name } : { $terminal } { $why } ; définissez [remind] terminal dans les réglages
error-not-a-calendar-day = { $text } n'est pas une date du calendrier
error-date-format = les dates s'écrivent 2026-11-20 (année-mois-jour)
error-no-such-folder = le dossier de destination n'existe pas
error-no-data-folder-short = il n'y a pas de dossier de données
error-pause-not-kept = impossible de garder la pause : { $why }

## knead edit, après la fermeture de l'éditeur.
edit-editor-status = l'éditeur ({ $editor }) s'est terminé avec le statut { $code } ; le fichier est vérifié quand même
edit-editor-stopped = l'éditeur ({ $editor }) a été arrêté ; le fichier est vérifié quand même
edit-has-errors = { $path } contient des erreurs ; `knead edit { $name }` le rouvre pour les corriger
## knead run avec des réglages qui contiennent des erreurs.
run-settings-fix-or-ignore = corrigez les réglages dans { $path }, ou ajoutez --ignore-config pour utiliser les valeurs par défaut
run-settings-ask = les réglages dans { $path } contiennent des erreurs. Appuyez sur o pour utiliser cette fois les réglages par défaut, sur une autre touche pour arrêter.
run-settings-fix = corrigez-les (`knead config` vérifie le fichier) et réessayez
saving-off = cette séance n'est pas enregistrée : { $why }
