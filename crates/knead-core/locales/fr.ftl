## knead : chaque mot qu'une personne lit ou entend, en français.
## Les messages sont groupés selon l'endroit où ils paraissent ; le fichier anglais fait foi.

lang-self-name = Français

## Points et côtés

# Au masculin, comme après « côté » : « côté droit ». Jamais accolés à une région, qui peut
# être féminine (« épaule ») : voir spot-label et spot-in-sentence.
side-left = gauche
side-right = droit
side-left-initial = G
side-right-initial = D
# Un point dans les listes et les titres : « trapèze supérieur, côté gauche ».
spot-label = { $region }, côté { $side }
# Un point dans une phrase : « Notez : trapèze supérieur côté gauche ».
spot-in-sentence = { $region } côté { $side }
# Les côtés d'une région quand ils diffèrent, le pire d'abord : « mollet : droit 8, gauche 4 ».
side-gap = { $region } : { $worse } { $high }, { $other } { $low }
switch-sides = Passez au côté { $side }

## Ce que signifie une erreur du système

io-not-found = ce fichier n'existe pas
io-permission-denied = permission refusée
io-is-a-folder = c'est un dossier, pas un fichier
io-not-text = ce n'est pas du texte (UTF-8)
io-disk-full = le disque est plein
io-read-only = le disque est en lecture seule
io-unreadable = la lecture a échoué

## La séance : questions et réponses

session-rating-prompt = Douleur globale maintenant, de 0 (aucune douleur) à 10 (pire douleur imaginable)
note-prompt = Une note pour votre kinésithérapeute (une ligne)
not-saved = cette séance n'est pas enregistrée
preparing-voice = Préparation de la voix (quelques secondes au plus)...
release-prompt = Appuyez sur Enter quand le nœud se relâche.
rate-how = Tapez un nombre de 0 (aucune douleur) à 10 (pire douleur imaginable), ou s pour passer.
begin = Appuyez sur Enter pour commencer, ou q puis Enter pour quitter.
begin-with-overall = { $question } : tapez le chiffre puis Enter pour commencer (s pour passer, q pour quitter).
quit-ask = Quitter la séance ? Le chrono est arrêté. o puis Enter pour quitter ; toute autre saisie pour continuer.
going-on = La séance continue.
note-kept = Note enregistrée avec cette séance.
kept-rating = Retenu pour la prochaine évaluation : { $rating }/10.
kept-skip = Retenu : la prochaine évaluation sera passée.
kept-badge = { $rating }/10 déjà saisi
kept-badge-skip = évaluation à passer
rated = noté { $rating }/10
not-rated = non noté
after-the-rating = Gardé pour après la prochaine évaluation : { $line }.
nothing-now = Rien à faire pour { $line } maintenant.

## Où en est la séance (Enter seul en mode texte)

status-left = reste { $left }
status-left-paused = reste { $left }, en pause
status-waiting = en attente
status-rate-to-go-on = {" "}Notez-la pour continuer.
status-prepare = Préparation { $number }/{ $total } : { $hold }, { $left }.
status-hold = Pression { $number }/{ $total } : { $hold }, { $left }.
status-rest-next = Repos après la pression { $number } : { $left }.{ $rate } Ensuite : { $next }.
status-rest = Repos après la pression { $number } : { $left }.{ $rate }

## Notifications

rate-notification = Relâchez. { $request }
rate-request = Notez : { $spot }, 0-10
next-notification = Ensuite : { $spot }, { $seconds } s
complete-well-done = { $routine } : bravo.
complete-partly = { $routine } : { $held } sur { $total ->
        [one] { $total } pression
       *[other] { $total } pressions
    }.
rep-of = répétition { $rep } sur { $reps }

## Conseils après une évaluation

ease-off-skip = {" "}Appuyez sur x pour passer le reste de ce point.
ease-off = { $rating }/10, c'est beaucoup : relâchez la pression ({ $spot }).{ $skip }
not-easing = { $spot } : de { $from } à { $to }, ce point ne se détend pas ; envisagez d'arrêter.

## La douleur globale

overall-before-after = Douleur globale { $before }/10 avant, { $after }/10 après
overall-before = Douleur globale { $before }/10 avant
overall-after = Douleur globale { $after }/10 après

## Mode texte, au fil de la séance

announce-prepare = Préparation { $number }/{ $total } : { $spot }, { $tool } ({ $prepare })
announce-hold = Pression { $number }/{ $total } : { $spot }, { $seconds } s
announce-released = Relâchez. Durée : { $held }.
announce-cut-short = Pression écourtée après { $held }.
announce-skipped = Pression { $number } passée.
announce-rest = Repos { $rest }.{" "}
announce-rate = { $rest }Notez : { $spot }, de 0 (aucune douleur) à 10 (pire douleur imaginable), ou s pour passer :
announce-rest-over = Repos terminé. Notez pour continuer :
announce-rated = Noté { $rating }/10.
announce-not-rated = Non noté.
announce-overall = Douleur globale { $rating }/10.
announce-overall-not-given = Douleur globale non indiquée.
announce-paused = En pause ; p puis Enter pour reprendre.
announce-still-paused = Toujours en pause ({ $minutes } min) ; p puis Enter pour reprendre.
announce-resumed = Reprise.
announce-extended = Pression prolongée de { $seconds } s.
announce-spot-skipped = { $count ->
        [one] Dernière pression de ce point passée.
       *[other] Les { $count } pressions restantes de ce point sont passées.
    }

## Le bilan et les listes de séances

summary-complete = Séance terminée
summary-partly = Séance faite en partie
summary-stopped = Séance arrêtée
summary-interrupted = Séance interrompue
holds = { $count ->
        [one] { $count } pression
       *[other] { $count } pressions
    }
holds-of = { $held } sur { $total ->
        [one] { $total } pression
       *[other] { $total } pressions
    }
holds-of-held = { $held } sur { $total ->
        [one] { $total } pression tenue
       *[other] { $total } pressions tenues
    }
holds-held = { $count ->
        [one] { $count } pression tenue
       *[other] { $count } pressions tenues
    }
hold-held = tenue
hold-released = relâchée
hold-cut-short = écourtée
hold-stopped = arrêtée
hold-skipped = passée
hold-skipped-for-pain = passée (douleur)
session-completed = terminée
session-partly = faite en partie
session-stopped = arrêtée
session-interrupted = interrompue
pain-first-to-last = Douleur, de la première à la dernière évaluation
column-spot = point
column-side = côté
column-rep = rép.
column-held = durée
column-rating = douleur
note-kept-short = note enregistrée
sides-differ = Écart entre les côtés : { $gap }
last-time = la dernière fois : { $rating }
not-saved-summary = Remarque : { $notice }. Les évaluations ci-dessous ne sont conservées nulle part ailleurs.
much-better = nettement mieux
worse = moins bien
scale-low = 0 aucune douleur
scale-high = 10 pire douleur imaginable

## Lignes propres au mode texte

overview-title-by = { $name } (par { $author })
overview-safety-line = Sécurité : { $line }
overview-totals-line = { $holds }, environ { $length }.
overall-prompt = { $question }, ou s pour passer :
note-prompt-line = { $question }, ou Enter pour ne rien ajouter :
notice-line = Remarque : { $notice }.
caught-up = Remarque : l'historique a rattrapé son retard ; tout est enregistré jusqu'ici.

## L'écran complet

badge-prepare = PRÉPAREZ-VOUS
badge-hold = PRESSION
badge-rate = NOTEZ
badge-rest = REPOS
badge-overview = APERÇU
badge-summary = BILAN
badge-paused = EN PAUSE
badge-not-saved = NON ENREGISTRÉ
position = pression { $number } sur { $total }
position-after = après la pression { $number } sur { $total }
screen-rest = Repos. Laissez la zone se détendre.
screen-rest-over = Repos terminé : notez pour continuer.
screen-last-hold = Dernière pression : notez-la pour voir le bilan.
how-tender = Notez : { $spot }. Quelle sensibilité à la pression maintenant ?
rating-hint-selected = { $value } choisi : Enter pour valider · 0-9, t pour 10, ←/→ pour changer · s passer
rating-hint = Tapez 0-9, ou t (ou 1 puis 0) pour 10 · ←/→ · Enter valide · s passe
keys-title = Touches (une touche pour fermer)
quit-box-question = Quitter la séance ?
quit-box-paused = Le chrono est en pause.
quit-box-kept = Toutes les évaluations déjà faites sont gardées.
overall-title = Douleur globale maintenant
overall-when-before = Avant la première pression
overall-when-after = Après la dernière pression
note-hint = Enregistrée avec cette séance.
by = par { $author }
heading-safety = Sécurité
heading-steps = Étapes
step-each-side = de chaque côté
step-until-released = , jusqu'au relâchement
notice = Remarque : { $notice }
totals = { $holds } · environ { $length }
totals-more = (↑↓ pour la suite)
kept-ahead = Déjà saisi pour les premières pressions : { $ratings }
kept-ahead-skip = passer
next-switch = ensuite : { $hold } (changement de côté)
next-hold = ensuite : { $hold }
next-summary = ensuite : le bilan
worked-side = côté { $side }
too-small = knead a besoin d'au moins { $min } ; ce terminal fait { $size }

## knead status : une ligne courte pour une barre d'état

status-phase-prepare = préparation
status-phase-hold = pression
status-phase-rest = repos
status-phase-rate = notez
status-paused = en pause
status-nothing-due = rien à faire
status-due = à faire : { $routines }
status-reminder = { $due } · rappel { $when } { $routine }
status-due-count = knead : { $count } à faire
status-tooltip-nothing = knead : rien à faire aujourd'hui
status-tooltip-due = knead : à faire aujourd'hui : { $routines }

## L'écran d'accueil

home-badge = KNEAD
home-due-today = { $count } à faire aujourd'hui · { $today }
home-new-name = Nom de la nouvelle routine :
home-filter = filtre : { $filter } (Esc efface)
home-no-routines = Aucune routine trouvée.
home-no-match = Aucune routine ne correspond à « { $filter } ».
home-yours = Vos routines
home-bundled = Incluses
home-column-length = Durée
home-column-last-done = Dernière fois
home-column-week = Semaine
home-invalid = invalide
home-due = à faire
home-never = jamais
home-today-at = aujourd'hui { $time }
home-yesterday = hier
home-days-ago = il y a { $days } jours
home-weeks-ago = il y a { $weeks } semaines

## L'écran d'historique

history-badge = HISTORIQUE
history-empty = Aucune séance pour l'instant : l'historique se remplit à mesure que vous notez les pressions.
history-cannot-show = Impossible d'afficher l'historique : { $why }
history-totals = { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } · { $spots ->
        [one] { $spots } point
       *[other] { $spots } points
    }
history-spots = Points
history-latest-pain = Dernière douleur
history-sessions = Séances, les plus récentes d'abord
history-session = Séance
history-weeks = Séances par semaine
history-weeks-routines = Séances par semaine · { $count } routines
history-no-weeks = Aucune séance ces quatre dernières semaines.
history-aim = (objectif { $aim })
history-this-week = { $count } cette semaine
history-before = avant : { $first }, { $second }, { $third }
history-sides-differ = écart entre les côtés : { $gap }
history-last = dernières : { $values }
history-mean = moyenne { $mean }
history-no-end = fin non enregistrée
column-outcome = résultat
history-again = (refaite)
history-held-of = { $held } sur { $planned }

## Jours et mois

# « dim. 6 déc. », et « 1er » pour le premier du mois.
date-weekday-day-month = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month }
date-day-month-year = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mer.
weekday-thu = jeu.
weekday-fri = ven.
weekday-sat = sam.
weekday-sun = dim.
month-jan = janv.
month-feb = févr.
month-mar = mars
month-apr = avr.
month-may = mai
month-jun = juin
month-jul = juil.
month-aug = août
month-sep = sept.
month-oct = oct.
month-nov = nov.
month-dec = déc.
summary-line-held = durée { $held },{" "}
summary-line-hold = {"  "}{ $number }. { $spot }, rép. { $rep } : { $held }{ $result }{ $last }
summary-change-side = { $side } de { $first } à { $last }
summary-change = de { $first } à { $last }
summary-done = { $done } sur { $total ->
        [one] { $total } pression faite
       *[other] { $total } pressions faites
    }
summary-time-held = { $held } de pression
summary-not-reached = non atteinte

## Les mesures de résultat : les activités (Échelle fonctionnelle spécifique au patient,
## PSFS) et l'impression globale de changement (PGIC)

activity-title = À quel point pouvez-vous le faire ?
activity-low = 0 impossible
activity-high = 10 comme avant le problème
activity-count = Activité { $number } sur { $total }
activity-prompt = { $count } : { $activity }. À quel point pouvez-vous le faire maintenant, de 0 (impossible) à 10 (comme avant le problème) ? Tapez le chiffre puis Enter (s pour passer).
activities-first = Avant de commencer, évaluez votre capacité actuelle à faire chacune de ces activités.
activity-how = Tapez un nombre de 0 (impossible) à 10 (comme avant le problème), ou s pour passer.
activity-rated = { $activity } : { $rating }/10.
activity-skipped = { $activity } : passée.
activity-skipped-word = passée
activity-mean = Activités { $mean }/10 en moyenne
activities-none-rated = Activités, aucune notée :
change-title = Depuis le début du programme
change-asked = Comment votre problème a-t-il évolué ?
change-choose = choisir
change-question = Depuis le début du programme, comment votre problème a-t-il évolué ?
change-type = Tapez le numéro puis Enter (s pour passer).
change-how = Tapez un nombre de 1 (très nettement amélioré) à 7 (très nettement aggravé), ou s pour passer.
change-rated = Depuis le début du programme : { $answer }.
change-not-given = Évolution depuis le début du programme : non indiquée.
change-short = Évolution : { $answer }
change-said = Depuis le début du programme : { $answer } (fin de la phase { $phase })
change-not-answered = sans réponse
note-said = Note : { $note }
impression-very-much-improved = très nettement amélioré
impression-much-improved = nettement amélioré
impression-minimally-improved = légèrement amélioré
impression-no-change = inchangé
impression-minimally-worse = légèrement aggravé
impression-much-worse = nettement aggravé
impression-very-much-worse = très nettement aggravé

## Ce que dit la voix (les nombres arrivent en lettres, des mots de nombre de knead)

speech-hold = Appuyez.
speech-halfway = À mi-parcours.
speech-paused = En pause.
speech-still-paused = Toujours en pause. Appuyez sur p pour continuer.
speech-resumed = Reprise.
speech-skipped = Le reste de ce point est passé.
speech-quit-asked = Quitter la séance ? Appuyez sur O pour quitter, sur une autre touche pour continuer.
speech-release = Relâchez. Notez la douleur, de zéro à dix.
speech-released = Relâchez.
speech-activity = { $activity }. À quel point pouvez-vous le faire maintenant ? De 0, impossible, à 10, comme avant le problème.
speech-change = Depuis le début du programme, comment votre problème a-t-il évolué ? 1, très nettement amélioré. 4, inchangé. 7, très nettement aggravé.
speech-left = Il reste { $length }.
speech-begin = Appuyez sur Enter pour commencer.
speech-getting-ready = Préparez-vous : { $spot }.
speech-holding = Pression en cours : { $spot }.
speech-resting-next = Repos. Ensuite : { $spot }.
speech-resting = Repos.
speech-side-spot = { $side } : { $spot }
# Féminin : « la deuxième sur trois » (pression, répétition).
speech-rep-ordinal = { $rep ->
        [1] première
        [2] deuxième
        [3] troisième
        [4] quatrième
        [5] cinquième
        [6] sixième
        [7] septième
        [8] huitième
        [9] neuvième
       *[10] dixième
    } sur { $total }
speech-rep-number = numéro { $rep } sur { $total }
speech-rate = Notez : { $spot }, de zéro à dix.
speech-ease-off-skip = C'est beaucoup : relâchez un peu la pression, ou appuyez sur x pour passer le reste de ce point.
speech-ease-off = C'est beaucoup : relâchez un peu la pression.
speech-next-rep = Ensuite : { $spot }, { $which }.
speech-next = Ensuite : { $spot }.
# $total arrive en lettres et au masculin (« Un ») : une seule pression se dit « Une pression ».
speech-end-complete = { $title }. { $count ->
        [1] Une pression
        [one] { $total } pression
       *[other] { $total } pressions
    }.
# « Pressions faites : trois sur cinq. » : le nombre ne s'accorde avec aucun nom.
speech-end-partly = { $title }. { $count ->
        [one] Pression faite
       *[other] Pressions faites
    } : { $held } sur { $total }.
# $words arrive au masculin (« un », « vingt et un ») : « une seconde », « vingt et une secondes ».
speech-seconds = { $count ->
        [0] { $words } seconde
        [one] une seconde
        [21] vingt et une secondes
        [31] trente et une secondes
        [41] quarante et une secondes
        [51] cinquante et une secondes
       *[other] { $words } secondes
    }
speech-minutes = { $count ->
        [0] { $words } minute
        [one] une minute
        [21] vingt et une minutes
        [31] trente et une minutes
        [41] quarante et une minutes
        [51] cinquante et une minutes
       *[other] { $words } minutes
    }

## Touches : ce que chacune fait, en pied d'écran (court) et dans la liste de ?

key-begin = commencer
key-something-changed = ça a changé
key-released = relâché
key-confirm = valider
key-end = finir
key-next = suivant
key-back = retour
key-rate = noter
key-skip = passer
key-skip-spot = passer le point
key-quit = quitter
key-keep-going = continuer
key-close = fermer
key-note = note
key-save = enregistrer
key-cancel = annuler
key-scroll = défiler
key-move = déplacer
key-spot = point
key-next-list = liste suivante
key-open-session = ouvrir la séance
key-map-chart = carte/courbe
key-help = aide
key-open = ouvrir
key-history = historique
key-new = nouvelle
key-where-does-it-hurt = où avez-vous mal ?
key-filter = filtrer
key-keys = touches
key-done = valider
key-choose = choisir
key-front-back = face/dos
key-type-a-place = taper une zone
key-yes = oui
key-no = non
key-take-leave = prendre/laisser
key-run-now = lancer
key-pause = pause
key-resume = reprendre
key-mute = sans son
key-sound-on = avec son
key-voice-off = sans voix
key-voice-on = avec voix

help-begin-confirm-released = commencer · valider · relâché
help-stop-rules-again-overview = revoir les règles d'arrêt (aperçu)
help-pause-resume = pause / reprise
help-next-a-hold-ends-then-rate = suivant (fin de pression, puis note)
help-go-back-one-hold = revenir d'une pression
help-add-15-s-to-this-hold = ajouter 15 s à cette pression
help-rate-t-or-1-then-0-for-10 = noter ; t (ou 1 puis 0) pour 10
help-change-the-rating = modifier l'évaluation
help-skip-the-rating = passer l'évaluation
help-typed-early-kept-for-the-rating = tapé d'avance : gardé pour la note
help-skip-the-rest-of-a-sore-spot = passer la fin d'un point douloureux
help-sound-voice-off-on = son / voix : couper, remettre
help-say-the-spot-phase-and-time-left = dire point, phase et temps restant
help-quit-asks-ratings-are-kept = quitter, à confirmer ; notes gardées
help-a-note-for-your-therapist-summary = une note pour votre kiné (bilan)
help-suspend-fg-comes-back = suspendre ; fg pour revenir
help-open-enter-again-begins = ouvrir ; encore Enter pour commencer
help-move-between-routines = passer d'une routine à l'autre
help-your-history = votre historique
help-a-new-routine-in-your-editor = nouvelle routine, dans votre éditeur
help-where-does-it-hurt = où avez-vous mal ?
help-filter-by-name = filtrer par nom
help-clear-the-filter-or-quit = effacer le filtre, ou quitter
help-choose-the-place-or-click-it-twice = choisir la zone (ou double-clic)
help-move-the-marker-or-between-muscles = déplacer le repère (ou le muscle)
help-turn-the-body-front-or-back = tourner le corps : face ou dos
help-type-the-place-temple-heel = taper la zone (tempe, talon)
help-answer-a-red-flag-question = répondre à une question d'alerte
help-take-or-leave-a-muscle = prendre ou laisser un muscle
help-run-the-routine-now = lancer la routine maintenant
help-save-it-as-a-routine-of-your-own = l'enregistrer comme votre routine
help-back-to-the-body-map = retour à la carte du corps

## La ligne d'aperçu d'une routine prescrite

headline-week = Semaine { $week } sur { $weeks }
headline-phase = phase { $phase } sur { $phases }
headline-sessions-of = séances cette semaine : { $done } sur { $aim }
headline-sessions = { $done ->
        [one] { $done } séance cette semaine
       *[other] { $done } séances cette semaine
    }
headline-before = Débute le { $start } ({ $days ->
        [one] demain
       *[other] dans { $days } jours
    }) · cette séance suit la semaine 1{ $phase }
headline-after = Terminé le { $end } (il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }) · cette séance suit la semaine { $weeks }{ $phase }

## Les règles d'arrêt, demandées avant une séance prescrite

rules-your-therapist = votre kinésithérapeute
rules-before = Avant de commencer : { $who } vous a demandé de vous arrêter et de prendre contact si l'une de ces situations s'applique aujourd'hui.
rules-ask = { $rule } ? Tapez o (oui) ou n (non){ $typing ->
        [lines] {" "}puis Enter
       *[keys] {""}
    } :
rules-please = Veuillez taper o (oui) ou n (non){ $typing ->
        [lines] {" "}puis Enter
       *[keys] {""}
    } :
rules-then-stop = Arrêtez-vous donc ici et contactez { $who } avant de continuer : le programme devra peut-être changer.
rules-start-anyway = Pour commencer quand même, tapez s{ $typing ->
        [lines] {" "}puis Enter
       *[keys] {""}
    } ; toute autre réponse arrête sans séance.
rules-no-answer = pas de réponse, donc pas de séance ; relancez-la quand vous le souhaiterez
rules-kept = Votre réponse est conservée pour { $who } ; pas de séance aujourd'hui, comme conseillé.
rules-not-kept = Pas de séance aujourd'hui, comme conseillé. Votre réponse n'a pas pu être conservée ({ $why }) : merci de prévenir vous-même { $who }.
rules-answer-not-kept = votre réponse n'a pas pu être conservée ({ $why }) ; la séance la garde dans son propre enregistrement

## Avis discrets sur les sorties

audio-built-in-sound = son intégré utilisé pour { $sound }
audio-no-server = pas de serveur de son (PulseAudio ou PipeWire)
audio-no-device = pas de périphérique audio
audio-bell-only = { $missing } : bip du terminal seulement
audio-visual-only = { $missing } : signaux visuels seulement
notifications-off = notifications désactivées : { $why }
notifications-off-no-bus = notifications désactivées : pas de session D-Bus
history-not-saved-no-folder = cette séance n'est pas enregistrée : pas de dossier de données
history-not-saved-writer = cette séance n'est pas enregistrée : impossible de lancer son enregistrement ({ $why })
history-not-saved-stopped = cette séance n'est pas enregistrée : son enregistrement s'est arrêté
summary-count-cut-short = { $count ->
        [one] { $count } écourtée
       *[other] { $count } écourtées
    }
summary-count-stopped = { $count ->
        [one] { $count } arrêtée
       *[other] { $count } arrêtées
    }

## Les vues de la carte du corps, et le conseil affiché à côté d'un outil connu pendant une
## pression

view-front = vue de face
view-back = vue de dos
view-front-short = face
view-back-short = dos
tool-hint-ball = Laissez le poids du corps faire le travail ; roulez lentement jusqu'au point sensible.
tool-hint-lacrosse-ball = Balle dure : appuyez progressivement, restez autour de 6/10, expirez lentement.
tool-hint-tennis-ball = Balle souple : commencez en douceur ; appuyez davantage à mesure que le point se détend.
tool-hint-golf-ball = Petite et dure : appuyez doucement au début et roulez lentement.
tool-hint-stick = Roulez lentement, à deux mains ; marquez une pause là où c'est sensible.
tool-hint-elbow = Appuyez avec l'avant-bras près du coude, jamais avec la pointe du coude.
tool-hint-peanut-ball = Une balle de chaque côté de la colonne ; jamais sur l'os.
tool-hint-foam-roller = Roulez lentement, marquez une pause sur le point sensible, continuez à respirer.
tool-hint-thumb = Appuyez avec le pouce tendu ; soutenez-le avec l'autre main.
tool-hint-knuckles = Utilisez le plat des phalanges, poignet dans l'axe ; appuyez progressivement.
tool-hint-fingers = Superposez le bout des doigts pour les soutenir ; appuyez et restez immobile.
tool-hint-theracane = Tirez doucement sur le crochet ; laissez l'outil faire le travail.
tool-hint-ice-pack = Gardez un linge entre la poche et la peau.
tool-hint-heat-pack = Chaud, jamais brûlant ; un linge entre la poche et la peau.
tool-hint-massage-gun = Vitesse minimale, toujours en mouvement ; évitez les os et l'avant du cou.

## L'état du son dans l'en-tête

sound-none = pas de son
sound-muted = son coupé
sound-bell = bip
sound-volume = son { $volume } %
sound-voice = voix

## Le rapport pour le kinésithérapeute

report-yours = Vos séances
# « Séances réalisées par Anne » plutôt que « Séances de Anne » : pas d'élision à faire.
report-of-client = Séances réalisées par { $client }
report-title = Rapport knead : { $who }
report-no-sessions-yet = aucune séance pour l'instant
report-span = du { $from } au { $to }
report-generated = { $span } · { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } · généré le { $generated }
report-clocks = Les jours et heures sont { $client ->
        [1] ceux du patient
       *[0] les vôtres
    }, à l'heure locale des séances : { $clocks }.
report-system-zone = le fuseau horaire du système
report-clock-unkept = { $zone }, celui de ce rapport (la séance date d'avant l'enregistrement du fuseau horaire par knead)
report-made-by = Généré par knead. Évaluations : 0 aucune douleur, 10 pire douleur imaginable.
report-prescription = Prescription : { $prescription }.
report-file-changed = Le fichier de la routine a été modifié le { $days } : les séances à partir du { $last } ont suivi sa dernière version.
report-needs-attention = À surveiller
report-adherence = Observance
report-col-programme-week = Semaine du programme
report-col-sessions = Séances
report-done-of = { $done } sur { $aim }
report-average-programme = { $routine } : en moyenne { $mean } séances par semaine sur { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } de programme à ce jour.
report-average = En moyenne { $mean } séances par semaine sur { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }.
report-col-week = Semaine
report-last-12-weeks = Les 12 dernières semaines.
report-main-outcome = Critère principal
report-better = amélioration
report-worse = aggravation
report-one-session = une seule séance pour l'instant
report-no-important-change = pas de changement cliniquement important
report-col-spot = Point
report-col-first = Première
report-col-latest = Plus récente
report-col-change = Évolution
report-col-important = Seuil clinique
report-col-verdict = Interprétation
report-outcome-note = Douleur de 0 à 10, moyenne de chaque séance pour le point. Un changement est cliniquement important à partir de { $low } point pour une première évaluation inférieure à 4, de { $middle } points de 4 à 6, de { $high } points à partir de 7.
report-activities = Activités (Échelle fonctionnelle spécifique au patient, PSFS)
report-rated-once = une seule évaluation pour l'instant
report-activities-mean = Moyenne des activités
report-col-activity = Activité
report-activities-note = Chacune notée de 0 (impossible) à 10 (comme avant le problème) à la première séance de chaque semaine du programme ; plus la note est élevée, mieux c'est. Un changement de { $mcid } points est cliniquement important (Stratford 1995).
report-global-change = Impression globale de changement
report-end-of-phase = fin de la phase { $phase }
report-col-day = Jour
report-col-asked-at = Moment du recueil
report-col-since = Depuis le début du programme
report-change-note = Sept réponses, de très nettement amélioré à très nettement aggravé (Impression globale de changement, PGIC).
report-col-phase = Phase
report-col-weeks-with-sessions = Semaines avec séances
report-col-hold-prescribed = Durée de pression prescrite
report-col-held-on-average = Durée tenue en moyenne
report-pain-by-spot = Douleur par point
report-no-ratings = Aucune évaluation pour l'instant.
report-spot-note = La valeur d'une séance est la moyenne de ses évaluations de ce point. La carte montre la dernière évaluation de chaque point.
report-map-alt = Douleur la plus récente sur la carte du corps
report-left-and-right = Côtés gauche et droit
report-no-side-gap = Aucun point ne présente un écart de 2 ou plus entre ses deux côtés.
report-side-gaps = Côtés dont l'écart atteint 2 ou plus à la dernière évaluation :
report-weekly-means = Moyennes hebdomadaires.
report-trend-alt = Évolution : { $region }
report-col-left = Côté gauche
report-col-right = Côté droit
report-col-no-side = Sans côté
report-spot-table-note = Première → dernière séance, l'évolution (amélioration ou aggravation quand elle atteint le changement cliniquement important du critère principal), et les dernières séances de ▁ (0) à █ (10).
# $who : « Gauche: » ou rien.
report-change-words = { $who }première { $first }, dernière { $last } ({ $change })
report-nothing-flagged = Rien : aucune évaluation au stop_above de la routine (ou à { $high }) ou au-delà, aucun point aggravé de { $worse } ou plus ni en hausse, aucune période de { $days } jours sans séance, aucune note.
report-adherence-prescribed = { $routine } : { $done } sur { $total } séances prescrites ({ $percent } %) au cours des semaines 1-{ $weeks } ({ $aim } par semaine).
report-days-last-30 = Jours avec une séance sur les 30 derniers jours (jusqu'au { $today }) : { $days }.
report-holds-held = Pressions tenues { $sessions ->
        [1] pendant la séance
        [2] pendant les deux séances
       *[other] pendant les { $sessions } séances
    } : { $held } sur { $planned } { $known ->
        [1] prévues
       *[0] prévues (nombre enregistré, pour les séances antérieures à la conservation du plan par knead)
    }.
report-time-to-release = Délai de relâchement
report-col-last = Dernière
report-release-note = Pressions arrêtées par le patient quand le nœud s'est relâché ; un délai plus court signifie un point qui se relâche plus vite.
report-often-skipped = Pressions souvent passées ou écourtées
report-none = Aucune.
report-col-holds = Pressions
report-col-skipped = Passées
report-col-cut-short = Écourtées
report-sessions = Séances
report-col-date = Date
report-col-time = Heure
report-col-routine = Routine
report-col-outcome = Résultat
report-col-pain = Douleur
report-col-note = Note
report-before-start = avant le début
report-after-end = après la fin
report-prescribed = { $routine } pendant { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } du { $start } au { $end }
report-prescribed-aim = { $aim } par semaine
report-latest-week-phase = dernière séance : semaine { $week }, phase { $phase }
report-latest-week = dernière séance : semaine { $week }

## Les alertes du rapport, sous « À surveiller »

flag-high = { $day } : note de { $rating }/10 pour { $spot } ({ $routine })
flag-worse = { $spot } : aggravation, première séance { $first }, dernière { $last } ({ $change })
flag-rising = { $spot } : note en hausse à chacune de ses trois dernières séances
flag-gap-open = aucune séance depuis le { $from } ({ $days } jours jusqu'au { $to })
flag-gap = { $days } jours sans séance, du { $from } au { $to }
flag-skipped-for-pain = { $day } : { $spot }, { $holds ->
        [one] { $holds } pression passée
       *[other] { $holds } pressions passées
    } après le conseil de relâcher un peu la pression (douleur trop forte)
flag-stop-rule-applied = une règle d'arrêt s'appliquait
flag-yes-to = réponse oui à { $rules }
flag-and = et
flag-stop-rule-went-on = { $day } : { $which } avant { $routine }, et la séance a quand même eu lieu
flag-stop-rule-stopped = { $day } : { $which } avant { $routine } ; pas de séance, comme conseillé
flag-felt-worse = { $day } : « { $answer } » depuis le début du programme (fin de la phase { $phase })

## Rappels : la notification qui propose une séance

nudge-time-for = C'est l'heure : { $routine } ({ $length })
nudge-start = Commencer
nudge-later = Dans { $minutes } minutes
nudge-skip = Passer

## knead regions

regions-col-region = région
regions-col-sides = côtés
regions-col-view = vue
regions-col-also = autres noms
regions-any-form = Majuscules ou minuscules, singulier ou pluriel. `knead regions NOM` en montre une sur le corps.
regions-also = autres noms : { $names }
regions-left-marked = { $view }, côté gauche marqué

## Le rappel du mode texte des mots qu'il comprend

plain-keys = Touches : Enter (commencer / relâché), { $keys }.

## Les graphiques du rapport

chart-last = dernier { $day }

## The first letter of yes and of no, taken besides y and n

answer-yes-key = o
answer-no-key = n

# Keys named on the footers and in the ? list (letters, arrows, Enter, Esc and Tab stay as printed).
keyname-space = Espace
keyname-ctrl = Ctrl

## Les accessoires que knead connaît : nom et, dans .aliases, d'autres noms séparés par des virgules.
tool-name-ball = balle de massage
    .aliases = balle
tool-name-lacrosse-ball = balle de lacrosse
    .aliases = balle lacrosse
tool-name-tennis-ball = balle de tennis
    .aliases = balles de tennis
tool-name-golf-ball = balle de golf
    .aliases = balles de golf
tool-name-peanut-ball = balle double
    .aliases = double balle, balle cacahuète
tool-name-foam-roller = rouleau de massage
    .aliases = rouleau, rouleau en mousse
tool-name-stick = bâton de massage
    .aliases = stick de massage, bâton
tool-name-thumb = pouce
    .aliases = pouces
tool-name-knuckles = articulations des doigts
    .aliases = jointures, phalanges
tool-name-fingers = doigts
    .aliases = bout des doigts, main, mains
tool-name-elbow = coude
    .aliases = avant-bras
tool-name-theracane = crochet de massage
    .aliases = crochet
tool-name-massage-gun = pistolet de massage
    .aliases = pistolet de percussion
tool-name-ice-pack = poche de glace
    .aliases = glace, sac de glace
tool-name-cold-pack = poche de froid
    .aliases = pack de froid, poche de gel
tool-name-heat-pack = bouillotte
    .aliases = poche chaude, coussin chauffant, compresse chaude
