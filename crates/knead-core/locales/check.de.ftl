## knead check: die Diagnosen und Hilfezeilen zu einer Routine-Datei, auf Deutsch.
## TOML-Schlüssel, Tabellen und Werte (name, [[step]], "60s", true) bleiben wie geschrieben, wie bei Cargo.
## Hilfezeilen stehen im Infinitiv („… hinzufügen“); „Hilfe“ statt „Hinweis“, denn „Hinweis: …“
## gehört knead-eigenen Hinweisen (siehe Glossar).

check-error = Fehler
check-warning = Warnung
check-help = Hilfe

# Was ein Wert ist, in „hold muss Text in Anführungszeichen sein, gefunden: eine Zahl“.
# check-kind-table steht auch für das Erwartete: „defaults muss eine Tabelle sein“.
check-kind-text = Text
check-kind-number = eine Zahl
check-kind-decimal = eine Dezimalzahl
check-kind-boolean = true/false
check-kind-date = ein Datum
check-kind-list = eine Liste
check-kind-table = eine Tabelle

check-no-name = die Routine hat keinen Namen
check-no-name-help = eine Zeile wie name = "Schreibtischpause" am Anfang der Datei hinzufügen
check-no-steps = die Routine hat keine Schritte
check-no-steps-help = mindestens einen [[step]] mit region, tool und hold hinzufügen
check-step-not-list = step muss eine Liste von Tabellen sein, gefunden: { $found }
check-step-not-list-help = jeden Schritt unter eine eigene Kopfzeile [[step]] schreiben, mit doppelten eckigen Klammern
check-too-many-steps = eine Routine kann höchstens { $most } Schritte haben, gefunden: { $found }
check-too-many-steps-help = sie auf mehrere Routinen aufteilen
check-step-not-table = jeder Schritt muss eine Tabelle sein, gefunden: { $found }
check-step-not-table-help = jeden Schritt unter eine eigene Kopfzeile [[step]] schreiben
check-defaults-not-table = defaults muss eine Tabelle sein, gefunden: { $found }
check-defaults-not-table-help = [defaults] in eine eigene Zeile schreiben, die Felder der Schritte darunter
check-step-lacks = in Schritt { $number } fehlt { $key }
check-step-lacks-help = { $key } = { $example } zu diesem Schritt hinzufügen
check-step-lacks-default-help = { $key } = { $example } zu diesem Schritt hinzufügen oder einmal in [defaults] festlegen
check-no-default = { $key } kann keinen Standardwert haben
check-no-default-help = { $key } stattdessen in jedem [[step]] festlegen

check-prescription-not-table = prescription muss eine Tabelle sein, gefunden: { $found }
check-prescription-not-table-help = [prescription] in eine eigene Zeile schreiben, die Schlüssel darunter
check-prescription-lacks = in der Verordnung fehlt { $key }
check-prescription-lacks-help = { $key } = { $example } unter [prescription] hinzufügen
check-phase-not-list = phase muss eine Liste von Tabellen sein, gefunden: { $found }
check-phase-not-table = jede Phase muss eine Tabelle sein, gefunden: { $found }
check-phase-header-help = jede Phase unter eine eigene Kopfzeile [[prescription.phase]] schreiben
check-phase-clash = dieser Eintrag und einer darüber, beide ab Woche { $week }, legen { $key } für Schritt { $step } fest
check-phase-clash-help = jeden Schlüssel einmal pro Schritt und Woche festlegen: den Schritt nur in steps eines der Einträge aufführen
check-phase-no-week = in dieser Phase fehlt from_week
check-phase-no-week-help = from_week = 3 hinzufügen, um die Woche anzugeben, in der sie beginnt
check-phase-after-end = diese Phase beginnt in Woche { $week }, aber die Verordnung dauert { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }
check-phase-after-end-help = sie spätestens in Woche { $weeks } beginnen lassen oder weeks erhöhen
check-phase-out-of-order = diese Phase beginnt in Woche { $week }, vor der Phase darüber (Woche { $above })
check-phase-out-of-order-help = die Phasen in der Reihenfolge ihres Beginns aufführen
check-steps-empty = steps = [] nennt keinen Schritt
check-steps-empty-help = die Schritte aufführen, die sie ändert, oder steps weglassen, um jeden Schritt zu ändern
check-phase-changes-nothing = die Phase ab Woche { $week } ändert nichts
check-phase-changes-nothing-help = ihr einen neuen Wert für hold, rest, prepare oder reps geben
check-no-such-step = es gibt keinen Schritt { $number }: Die Routine hat { $count ->
        [one] { $count } Schritt
       *[other] { $count } Schritte
    }
check-no-such-step-help = die [[step]]-Tabellen von oben zählen, beginnend bei 1
check-step-twice = Schritt { $number } ist zweimal aufgeführt
check-step-twice-help = jeden Schritt nur einmal aufführen
# Eine Warnung zur Haltephase einer Phase: „ab Woche 3: eine Kompressions-Haltephase von 3m ist lang“.
check-from-week = ab Woche { $week }: { $message }

check-session-takes = eine Sitzung dauert { $took }
check-session-takes-in-phase = in Phase { $phase } dauert eine Sitzung { $took }
check-session-over-a-day = { $takes }: mehr als ein Tag
check-session-over-a-day-help = knead führt Sitzungen von höchstens 24h durch; weniger Schritte, Wiederholungen oder Seiten oder kürzere Haltephasen und Pausen vorsehen
check-session-long-help = mehr als 2h sind lang, um einem Timer zu folgen; weniger Schritte, Wiederholungen oder Seiten oder kürzere Haltephasen und Pausen vorsehen oder die Routine aufteilen

# Wo ein unbekannter Schlüssel steht, nach „in“ (Dativ): „unbekannter Schlüssel "reps" in der Routine“.
# Für [defaults] und [prescription] setzt der Code die Tabelle selbst ein.
check-in-routine = der Routine
check-in-step = einem Schritt
check-in-phase = einer Phase
check-unknown-key = unbekannter Schlüssel { $key } in { $table }
check-did-you-mean = meinten Sie { $key }?
check-phase-in-prescription = eine Phase gehört zur Verordnung: sie unter [[prescription.phase]] schreiben
check-key-in-prescription = { $key } gehört zur Verordnung: es unter [prescription] setzen
check-key-in-step = { $key } ist ein Feld eines Schritts: es unter einen [[step]] oder in [defaults] setzen
check-key-in-routine = { $key } gilt für die ganze Routine: es über die erste Tabelle verschieben
check-key-not-in-phase = eine Phase kann nur hold, rest, prepare und reps ändern; { $key } bleibt, wie der Schritt es festlegt
check-keys-allowed = hier erlaubt sind die Schlüssel { $keys }
check-set-twice = { $key } ist zweimal festgelegt
check-set-twice-help = jeder Schlüssel darf einmal pro Tabelle vorkommen; einen davon entfernen
check-invalid-toml = ungültiges TOML: { $message }
check-unquoted-help = Text in doppelte Anführungszeichen setzen, etwa region = "calf"
check-unclosed-string-help = den Text in derselben Zeile mit " schließen oder für Text über mehrere Zeilen """ verwenden
check-unclosed-table-help = die Kopfzeile eines Schritts lautet [[step]], mit zwei eckigen Klammern auf jeder Seite

# Ein Wert der falschen Art oder außerhalb des Bereichs. { $key } ist der TOML-Schlüssel, { $found } wie geschrieben.
check-must-be = { $key } muss { $expected } sein, gefunden: { $found }
check-each-must-be = jeder Eintrag in { $key } muss { $expected } sein, gefunden: { $found }
check-in-brackets-help = den Text in eckige Klammern setzen: { $key } = [{ $written }]
check-between = { $key } muss zwischen { $min } und { $max } liegen, gefunden: { $found }
check-at-most = { $key } darf höchstens { $max } sein, gefunden: { $found }
check-each-step-number = jeder Eintrag in { $key } muss eine Schrittnummer ab 1 sein, gefunden: { $found }
check-unquote-number-help = die Zahl ohne Anführungszeichen schreiben: { $key } = { $written }
check-calendar-day = { $key } muss ein Kalendertag wie 2026-11-02 sein, gefunden: { $found }
check-calendar-day-help = als Datum schreiben: { $key } = 2026-11-02
check-day-without-time-help = nur Jahr, Monat und Tag schreiben, ohne Uhrzeit
check-whole-number = { $key } muss eine ganze Zahl von { $min } bis { $max } sein, gefunden: { $found }
check-duration = { $key } muss eine Dauer wie "90s" oder "1m30s" sein, gefunden: { $found }
check-whole-seconds = { $key } muss eine ganze Zahl von Sekunden sein, gefunden: { $found }
check-empty = { $key } darf nicht leer sein
check-too-long = { $key } ist { $length } Zeichen lang; höchstens { $limit } passen auf den Bildschirm
check-too-long-help = auf höchstens { $limit } Zeichen kürzen
check-invisible = { $key } enthält das unsichtbare Zeichen { $character }
check-invisible-help = es entfernen: Durch unsichtbare Zeichen unterscheiden sich zwei Namen, die gleich aussehen
check-single-line = { $key } muss einzeilig sein
check-single-line-help = Zeilenumbrüche sind nur in description und cue erlaubt; in safety und stop_if jede Zeile als eigenen Eintrag schreiben: ["...", "..."]
check-control = { $key } enthält das Steuerzeichen { $character }
check-control-help = es entfernen: Steuerzeichen könnten die Anzeige des Terminals verändern
check-each-line-text = jede Zeile von { $key } muss Text in Anführungszeichen sein, gefunden: { $found }
check-each-text = jeder Eintrag in { $key } muss Text in Anführungszeichen sein, gefunden: { $found }
check-activities-too-many = { $key } nennt { $count } Aktivitäten; die Skala bewertet höchstens { $most }
check-activities-too-many-help = die fünf behalten, die der Patientin oder dem Patienten am schwersten fallen
check-activity-length = jeder Eintrag in { $key } muss { $least } bis { $most } Zeichen lang sein, gefunden: { $found }
check-activity-length-help = angeben, was der Patientin oder dem Patienten schwerfällt und wann: "beim Autofahren den Kopf drehen"
check-activity-twice = „{ $activity }“ steht zweimal in { $key }
check-activity-twice-help = sie entfernen oder angeben, worin sie sich von Aktivität { $number } unterscheidet

# Was ein Schlüssel erwartet, in „hold muss { $expected } sein, gefunden: …“.
check-expect-text = Text in Anführungszeichen
check-expect-lines = eine Liste von Textzeilen wie ["...", "..."]
check-expect-duration = eine Dauer wie "90s" oder "1m30s" oder ganze Sekunden
check-expect-whole = eine ganze Zahl von { $min } bis { $max }
check-expect-words = eine Liste von Wörtern, jedes davon { $words }
check-expect-boolean = true oder false
check-expect-steps = eine Liste von [[step]]-Tabellen
check-expect-date = ein Datum wie 2026-11-02
check-expect-step-numbers = eine Liste von Schrittnummern wie [1, 2]
check-expect-phases = eine Liste von [[prescription.phase]]-Tabellen
check-expect-activities = eine Liste von Aktivitäten wie ["...", "..."]
# Das letzte von mehreren erlaubten Wörtern: "left", "right" oder "both".
check-one-of = { $first } oder { $last }

duration-empty = die Dauer ist leer
duration-negative = eine Dauer kann nicht negativ sein
duration-fractional = Dauern sind ganze Sekunden oder Minuten
duration-no-unit = „{ $number }“ hat keine Einheit
duration-unknown-unit = „{ $unit }“ ist keine Einheit
duration-order = die Einheiten müssen in der Reihenfolge h, m, s stehen, jede einmal
duration-too-large = die Zahl ist zu groß
duration-accepted = etwa als "90s", "1m30s", "1m 30s" oder 90 (ganze Sekunden) schreiben

check-unknown-region = knead kennt die Region „{ $region }“ nicht
check-unknown-region-help = sie wird wie geschrieben angezeigt, ohne Stelle auf der Körperkarte; `knead regions` listet die Regionen, die knead kennt
check-unknown-tool = knead kennt das Hilfsmittel „{ $tool }“ nicht
check-unknown-tool-help = es wird wie geschrieben angezeigt, ohne Tipp; knead kennt Bälle, Faszienrollen, Massagestäbe, Daumen, Fingerknöchel, Ellbogen, Massagehaken, Massagepistolen, Kühlpacks und Wärmekissen
check-hold-long = eine Kompressions-Haltephase von { $hold } ist lang
check-hold-long-help = eine Triggerpunkt-Kompression dauert meist 30-90s; Haltephasen auf höchstens 2m begrenzen
check-hold-short = eine Kompressions-Haltephase von { $hold } ist sehr kurz
check-hold-short-help = ein Triggerpunkt braucht 30-90s, um sich zu lösen; mindestens 10s halten
# { $what } ist "cold" (Kälte) oder "heat" (Wärme).
check-thermal-long = { $what ->
        [cold] eine Kälteanwendung von { $hold } ist zu lang
       *[heat] eine Wärmeanwendung von { $hold } ist zu lang
    }
check-thermal-long-help = { $what ->
        [cold] Kälteanwendungen auf höchstens 20m begrenzen, um Hautschäden zu vermeiden
       *[heat] Wärmeanwendungen auf höchstens 20m begrenzen, um Hautschäden zu vermeiden
    }
check-no-barrier = { $what ->
        [cold] der Kälteschritt für { $region } erwähnt nirgends ein Tuch oder eine andere Schutzschicht
       *[heat] der Wärmeschritt für { $region } erwähnt nirgends ein Tuch oder eine andere Schutzschicht
    }
check-no-barrier-help = in cue oder einer safety-Zeile sagen, dass ein Tuch zwischen Kühlpack bzw. Wärmekissen und Haut gehört
check-stop-above-high = stop_above = { $value } rät erst beim stärksten Schmerz, den Druck zu verringern
check-stop-above-high-help = der Druck sollte bei etwa 6-7/10 bleiben; 8 ist die übliche Schwelle

## Der Plan, den `knead check` für eine verordnete Routine ausgibt.
plan-prescription = Verordnung: { $head }
plan-weeks = { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } vom { $start } bis { $end }
plan-per-week = { $sessions ->
        [one] { $sessions } Sitzung pro Woche
       *[other] { $sessions } Sitzungen pro Woche
    }
plan-by = verordnet von { $by }
plan-for = für { $client }
plan-week = Woche { $week }
plan-weeks-from-to = Wochen { $first }-{ $last }
plan-as-written = wie geschrieben
plan-phase = Phase { $number }, { $weeks }: { $changes } · { $summary }
plan-step = Schritt { $number }, { $region }: Halten { $hold }, Pause { $rest }, { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    }
plan-shorter-hold = kürzer als { $hold } in Phase { $phase }: Diese Phase legt keine eigene Haltedauer fest
plan-stop-if = Stoppregel: { $reason }
plan-activities = Aktivitäten, bewertet mit 0-10 in der ersten Sitzung jeder Woche:
plan-pgic = Globaler Eindruck der Veränderung (PGIC), abgefragt in der letzten Sitzung jeder Phase und des Programms
# Nach den Änderungen einer Phase: „hold 90s (Schritte 1, 2)“. Die Schlüssel (hold, rest, reps) bleiben wie geschrieben.
plan-change-steps = { $count ->
        [one] Schritt { $steps }
       *[other] Schritte { $steps }
    }
# Eine Zeile für Listen: „3 Schritte, 6 Haltephasen, 7m40s“.
routine-summary = { $steps ->
        [one] { $steps } Schritt
       *[other] { $steps } Schritte
    }, { $holds ->
        [one] { $holds } Haltephase
       *[other] { $holds } Haltephasen
    }, { $time }

## Nach den Diagnosen: „neck.toml: gültig: 3 Schritte, 6 Haltephasen, 7m40s (1 Warnung)“.
check-valid = gültig: { $summary }
check-valid-with-warnings = gültig: { $summary } ({ $warnings ->
        [one] { $warnings } Warnung
       *[other] { $warnings } Warnungen
    })
check-files = { $files } Dateien geprüft: { $valid } gültig, { $errors } mit Fehlern

# Words that show a cue or safety line keeps a cloth between a cold or heat pack and the skin
# (comma-separated, matched within words: "Handtuch" has "tuch"). Every language's are used.
check-barrier-words = tuch, stoff, schutz, bezug, hülle, shirt, barriere
