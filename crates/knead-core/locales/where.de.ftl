## knead where („Wo tut es weh?“), auf Deutsch: die Fragen zu Warnzeichen vor jedem Muskel, was bei
## einem Ja zu tun ist, die Wörter der Auswahl und die Routine, die daraus geschrieben wird.
## Ein Bereich ({ $zone }) steht in Sätzen in Anführungszeichen nach „Bereich“, so passt jeder Name,
## ob Substantiv („Schläfe“) oder Wendung („hinter dem Auge“).

where-flag-heart-question = Haben Sie Schmerzen oder ein Druckgefühl in der Brust, oder Schmerzen, die in Arm, Kiefer, Hals oder Rücken ausstrahlen, vielleicht mit Atemnot, Schweißausbruch oder Übelkeit?
where-flag-headache-question = Haben die Kopfschmerzen plötzlich und heftig begonnen, so stark wie nie zuvor, oder zusammen mit Nackensteife, Verwirrtheit, Ohnmacht oder Seh- oder Sprachstörungen?
where-flag-clot-question = Ist das Bein geschwollen, warm, gerötet oder entlang der Wade druckempfindlich, oder haben Sie Atemnot?
where-flag-nerve-question = Haben Sie Taubheitsgefühle, Kribbeln oder Schwäche in einem Arm, einer Hand, einem Bein oder einem Fuß, oder neu aufgetretene Probleme, Urin oder Stuhl zu halten?
where-flag-injury-question = Haben die Beschwerden mit einem Sturz, einem Schlag oder einem Unfall begonnen, oder haben Sie Fieber oder fühlen Sie sich krank?

# Was bei einem Ja zu einem Warnzeichen zu tun ist: knead erstellt dann nichts. Notrufnummern wie im Land üblich.
where-flag-heart-advice = Das kann ein Herznotfall sein. Rufen Sie sofort den Notruf an: 112 (in Europa; 911 in Nordamerika, 999 im Vereinigten Königreich). Massieren Sie nicht.
where-flag-headache-advice = Plötzliche, sehr starke Kopfschmerzen müssen sofort ärztlich abgeklärt werden: Rufen Sie den Notruf oder gehen Sie in eine Notaufnahme. Massieren Sie nicht.
where-flag-clot-advice = Das könnte ein Blutgerinnsel (Thrombose) sein. Lassen Sie das noch heute ärztlich abklären (bei Atemnot sofort den Notruf wählen), und massieren Sie das Bein nicht.
where-flag-nerve-advice = Möglicherweise ist ein Nerv beteiligt: Lassen Sie das ärztlich oder physiotherapeutisch abklären, bevor Sie selbst behandeln. Neu aufgetretene Probleme, Urin oder Stuhl zu halten, müssen noch heute ärztlich abgeklärt werden.
where-flag-injury-advice = Eine Verletzung oder eine Infektion muss zuerst abgeklärt werden: Lassen Sie sich ärztlich oder physiotherapeutisch untersuchen, bevor Sie selbst behandeln.

# Ein Warnzeichen als Sicherheitszeile der geschriebenen Routine (höchstens 200 Zeichen).
where-flag-heart-safety = Brustschmerzen oder Schmerzen, die in Arm, Kiefer oder Rücken ausstrahlen: aufhören und den Notruf wählen (112, 911, 999).
where-flag-headache-safety = Plötzliche, sehr starke Kopfschmerzen, so stark wie nie zuvor: aufhören und sofort Notfallhilfe holen.
where-flag-clot-safety = Wade geschwollen, warm oder gerötet: nicht massieren; noch heute ärztlich abklären lassen.
where-flag-nerve-safety = Taubheit, Kribbeln oder Schwäche oder neue Probleme, Urin oder Stuhl zu halten: aufhören und ärztlich abklären lassen.
where-flag-injury-safety = Schmerzen nach einem Sturz oder einer Verletzung oder mit Fieber: vor dieser Routine ärztlich abklären lassen.
where-safety-neck = Seitlich am Hals den Muskel sanft zwischen Daumen und Fingern halten; nie auf den Puls oder die Vorderseite des Halses drücken.
where-safety-pressure = Drücken bis zu einem deutlichen, aber erträglichen Schmerz, etwa 6 von 10; nie bis zu stechendem Schmerz, Taubheit oder Kribbeln.

where-see-a-clinician = Lassen Sie sich ärztlich oder physiotherapeutisch untersuchen, wenn der Schmerz länger als einige Wochen anhält, Sie nachts weckt, immer stärker wird oder sich hiermit nicht bessert. Triggerpunkte sind eine häufige Ursache solcher Schmerzen, aber nicht die einzige, und nichts hiervon ist ein Heilmittel.
where-muscles-heading = Muskeln, deren Triggerpunkte oft Schmerzen in den Bereich „{ $zone }“ ausstrahlen, die wahrscheinlichsten zuerst:
# Ein Muskel in der Liste eines Bereichs: „oberer Trapezius, Lacrosse-Ball, 45 s“.
where-muscle = { $region }, { $tool }, { $seconds } s
where-muscle-both-sides = { $muscle } (beide Seiten)
where-tool-thumb = Daumen
where-tool-foam-roller = Faszienrolle
where-tool-ball = Lacrosse-Ball
where-none-picked = mindestens einen Muskel wählen: Space nimmt den Muskel unter dem Cursor
where-not-found = knead kennt „{ $typed }“ nicht; bewegen Sie stattdessen den Marker dorthin
where-not-found-meant = knead kennt „{ $typed }“ nicht; meinten Sie „{ $meant }“?
where-enter-chooses = Enter wählt diese Stelle: zuerst ein paar Fragen, dann die Muskeln.
where-question-of = Frage { $number } von { $count }
where-saved = Gespeichert als { $name }: `knead run { $name }` startet die Routine, `knead edit { $name }` ändert sie.
where-title = Wo tut es weh?
where-map-hint = Bewegen Sie den Marker dorthin, wo es wehtut, oder drücken Sie / und tippen Sie die Stelle ein.
where-seek-care = Zuerst medizinischen Rat einholen
where-flags-heading = Zuerst: Wenn Sie eine dieser Fragen mit Ja beantworten, behandeln Sie sich nicht selbst:
where-build-hint = `knead where { $zone } --save NAME` schreibt daraus eine Routine; `--routine` gibt sie aus.
where-runs-it = `knead run { $name }` startet die Routine.
# Nach jeder Frage zu einem Warnzeichen im Textmodus; die Wörter, die (neben y und n) als Ja und Nein gelten, durch Kommas getrennt.
where-yes-no = (j/n)
where-yes-words = j, ja
where-no-words = n, nein
where-not-answered = keine Antwort auf die Fragen, daher keine Routine
where-no-place = keine Stelle namens „{ $typed }“; `knead where` listet die Stellen auf
where-no-place-meant = keine Stelle namens „{ $typed }“; meinten Sie „{ $meant }“? `knead where` listet die Stellen auf
where-muscles-range = --muscles { $number }: Für den Bereich „{ $zone }“ gibt es die Muskeln 1 bis { $count }
where-no-home = kein Home-Ordner, in dem die Routine gespeichert werden kann
where-no-such-place = keine Stelle { $id }
where-list-footer = `knead where PLACE` listet die Muskeln, die oft Schmerzen dorthin ausstrahlen; in einem Terminal zeigt `knead where` eine Körperkarte, auf der Sie die Stelle zeigen können.
# Der Kommentar am Anfang der geschriebenen Routine (zwei Zeilen).
where-routine-comment = Geschrieben von `knead where { $zone }`: Muskeln, deren Triggerpunkte oft Schmerzen in den Bereich
    „{ $zone }“ ausstrahlen. Passen Sie die Routine nach Belieben an; `knead check` prüft sie.
where-routine-description = Bei Schmerzen im Bereich „{ $zone }“: eine Haltephase an jedem Muskel, der oft dorthin ausstrahlt. { $see }

## Die Stellen, vom Kopf bis zum Fuß: jeweils der Name und in .aliases weitere Wörter, die Menschen dafür tippen (durch Kommas getrennt).
## Substantive großgeschrieben wie im Deutschen üblich; beim Erkennen zählt die Schreibung nicht.
zone-forehead = Stirn
    .aliases = Stirnbereich, Stirnkopfschmerz, Stirnkopfschmerzen, Kopfschmerzen an der Stirn, vorne am Kopf
zone-temple = Schläfe
    .aliases = Schläfen, Kopfseite, seitlich am Kopf, Spannungskopfschmerz, Spannungskopfschmerzen
zone-behind-the-eye = hinter dem Auge
    .aliases = Auge, Augen, hinter den Augen, rund ums Auge, Augenschmerzen
zone-ear = Ohr
    .aliases = Ohren, Ohrenschmerzen, Ohrschmerzen, vor dem Ohr
zone-jaw = Kiefer
    .aliases = Unterkiefer, Zähne, Zahnschmerzen, Wange, Kiefergelenk
zone-back-of-the-head = Hinterkopf
    .aliases = Schädelbasis, Hinterhaupt, Kopfhinterseite, Hinterkopfschmerzen
zone-front-of-the-neck = Halsvorderseite
    .aliases = Hals, Kehle, vorderer Hals, vorne am Hals, Halsseite
zone-back-of-the-neck = Nacken
    .aliases = Genick, steifer Nacken, Nackenschmerzen, Nackensteife, seitlicher Nacken
zone-top-of-the-shoulder = Schulteroberseite
    .aliases = Schultern, oben auf der Schulter, zwischen Hals und Schulter, Schulter-Nacken-Bereich
zone-front-of-the-shoulder = Schultervorderseite
    .aliases = vordere Schulter, vorne an der Schulter, Schultergelenk
zone-side-of-the-shoulder = Schulterseite
    .aliases = äußere Schulter, Schulter, seitlich an der Schulter, Deltamuskel
zone-back-of-the-shoulder = Schulterrückseite
    .aliases = hintere Schulter, hinten an der Schulter, hinter der Schulter
zone-chest = Brust
    .aliases = Brustkorb, Brustbereich, Brustmuskel, Brustmuskeln
zone-between-the-shoulder-blades = zwischen den Schulterblättern
    .aliases = zwischen Schulterblättern, oberer Rücken, Schulterblattinnenrand, innerer Schulterblattrand
zone-shoulder-blade = Schulterblatt
    .aliases = Schulterblätter, Skapula, auf dem Schulterblatt
zone-mid-back = mittlerer Rücken
    .aliases = Rückenmitte, Mitte des Rückens, Brustwirbelsäule, BWS
zone-front-of-the-upper-arm = Oberarmvorderseite
    .aliases = Oberarm, Bizeps, vorne am Oberarm, Armvorderseite
zone-back-of-the-upper-arm = Oberarmrückseite
    .aliases = Trizeps, hinten am Oberarm, Armrückseite
zone-outer-elbow = äußerer Ellbogen
    .aliases = Tennisellbogen, Tennisarm, Ellbogen, Ellenbogen, Ellbogenaußenseite
zone-inner-elbow = innerer Ellbogen
    .aliases = Golferellbogen, Golferarm, Ellbogeninnenseite, Ellenbogeninnenseite
zone-front-of-the-forearm = Unterarminnenseite
    .aliases = Unterarm, innerer Unterarm, Unterarmunterseite, Unterarmvorderseite
zone-back-of-the-forearm = Rückseite von Unterarm und Handgelenk
    .aliases = Unterarmrückseite, Unterarmaußenseite, äußerer Unterarm, Handgelenk, Handrücken
zone-thumb = Daumen
    .aliases = Daumenballen, Daumenwurzel, Daumengrundgelenk
zone-palm = Handfläche und Finger
    .aliases = Handfläche, Handinnenfläche, Handteller, Hände, Fingerschmerzen
zone-low-back = unterer Rücken
    .aliases = Kreuz, Lendenwirbelsäule, LWS, Lendenbereich, Rücken, Kreuzschmerzen
zone-buttock = Gesäß
    .aliases = Po, Pobacke, Gesäßbacke, Hintern, Gesäßmuskeln
zone-side-of-the-hip = Hüftseite
    .aliases = Hüfte, Hüften, äußere Hüfte, seitliche Hüfte
zone-groin = Leiste
    .aliases = Leistengegend, Leistenbereich, Hüftvorderseite, vordere Hüfte, innere Hüfte
zone-front-of-the-thigh = Oberschenkelvorderseite
    .aliases = Oberschenkel, vorderer Oberschenkel, vorne am Oberschenkel, Quadrizeps
zone-outer-thigh = Oberschenkelaußenseite
    .aliases = seitlicher Oberschenkel, äußerer Oberschenkel, außen am Oberschenkel, Iliotibialband
zone-back-of-the-thigh = Oberschenkelrückseite
    .aliases = hinterer Oberschenkel, hinten am Oberschenkel, Ischias, Ischiasschmerzen, Beinbeuger
zone-front-of-the-knee = Knievorderseite
    .aliases = Knie, Kniescheibe, vorne am Knie, Knieinnenseite, Knieschmerzen
zone-back-of-the-knee = Kniekehle
    .aliases = Kniekehlen, hinter dem Knie, Knierückseite
zone-shin = Schienbein
    .aliases = Schienbeine, Schienbeinkante, Unterschenkelvorderseite, vorne am Unterschenkel, Schienbeinkantensyndrom
zone-calf = Wade
    .aliases = Waden, Unterschenkelrückseite, hinten am Unterschenkel, Wadenkrampf
zone-ankle = Knöchel
    .aliases = Sprunggelenk, Fußgelenk, Außenknöchel, vorne am Sprunggelenk
zone-heel = Ferse
    .aliases = Fersen, Achillessehne, Fersenschmerzen, Fersenrückseite
zone-sole = Fußsohle
    .aliases = Sohle, Fußgewölbe, Fußunterseite, Fuß, Füße
