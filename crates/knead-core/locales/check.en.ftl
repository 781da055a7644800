## knead check: the diagnostics and help lines about a routine file, in English.
## TOML keys, tables and values (name, [[step]], "60s", true) stay as written, like Cargo's.

check-error = error
check-warning = warning
check-help = help

# What a value was found to be, in "hold must be text, found a number".
check-kind-text = text
check-kind-number = a number
check-kind-decimal = a decimal number
check-kind-boolean = true/false
check-kind-date = a date
check-kind-list = a list
check-kind-table = a table

check-no-name = the routine has no name
check-no-name-help = add a line such as name = "Desk break" at the top of the file
check-no-steps = the routine has no steps
check-no-steps-help = add at least one [[step]] with a region, a tool and a hold
check-step-not-list = step must be a list of tables, found { $found }
check-step-not-list-help = write each step under its own [[step]] header, with double brackets
check-too-many-steps = a routine can have at most { $most } steps, found { $found }
check-too-many-steps-help = split it into several routines
check-step-not-table = each step must be a table, found { $found }
check-step-not-table-help = write each step under its own [[step]] header
check-defaults-not-table = defaults must be a table, found { $found }
check-defaults-not-table-help = write [defaults] on a line of its own, with step fields below it
check-step-lacks = step { $number } has no { $key }
check-step-lacks-help = add { $key } = { $example } to this step
check-step-lacks-default-help = add { $key } = { $example } to this step, or set it once in [defaults]
check-no-default = { $key } cannot have a default
check-no-default-help = set { $key } on each [[step]] instead

check-prescription-not-table = prescription must be a table, found { $found }
check-prescription-not-table-help = write [prescription] on a line of its own, with its keys below it
check-prescription-lacks = the prescription has no { $key }
check-prescription-lacks-help = add { $key } = { $example } under [prescription]
check-phase-not-list = phase must be a list of tables, found { $found }
check-phase-not-table = each phase must be a table, found { $found }
check-phase-header-help = write each phase under its own [[prescription.phase]] header
check-phase-clash = this entry and one above it, both from week { $week }, set { $key } for step { $step }
check-phase-clash-help = set each key once per step and week: list the step in one entry's steps only
check-phase-no-week = this phase has no from_week
check-phase-no-week-help = add from_week = 3 to say the week it starts
check-phase-after-end = this phase starts in week { $week }, but the prescription runs { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }
check-phase-after-end-help = start it in week { $weeks } at the latest, or make weeks longer
check-phase-out-of-order = this phase starts in week { $week }, before the phase above it (week { $above })
check-phase-out-of-order-help = list the phases in the order they start
check-steps-empty = steps = [] names no step
check-steps-empty-help = list the steps it changes, or leave steps out to change every step
check-phase-changes-nothing = the phase from week { $week } changes nothing
check-phase-changes-nothing-help = give it a new hold, rest, prepare or reps
check-no-such-step = there is no step { $number }: the routine has { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }
check-no-such-step-help = count the [[step]] tables from the top, starting at 1
check-step-twice = step { $number } is listed twice
check-step-twice-help = list each step once
# A warning about a phase's hold: "from week 3, a hold of 3m is long for ...".
check-from-week = from week { $week }, { $message }

check-session-takes = a session takes { $took }
check-session-takes-in-phase = a session takes { $took } in phase { $phase }
check-session-over-a-day = { $takes }: more than a day
check-session-over-a-day-help = knead runs sessions of up to 24h; fewer steps, reps or sides, or shorter holds and rests
check-session-long-help = over 2h is a long time to follow a timer; fewer steps, reps or sides, or shorter holds and rests, or split it

# Where an unknown key was found: "unknown key "reps" in the routine".
check-in-routine = the routine
check-in-step = a step
check-in-phase = a phase
check-unknown-key = unknown key { $key } in { $table }
check-did-you-mean = did you mean { $key }?
check-phase-in-prescription = a phase belongs to the prescription: write it under [[prescription.phase]]
check-key-in-prescription = { $key } belongs to the prescription: put it under [prescription]
check-key-in-step = { $key } is a step field: put it under a [[step]] or in [defaults]
check-key-in-routine = { $key } applies to the whole routine: move it above the first table
check-key-not-in-phase = a phase can change only hold, rest, prepare and reps; { $key } stays as the step sets it
check-keys-allowed = the keys allowed here are { $keys }
check-set-twice = { $key } is set twice
check-set-twice-help = each key may appear once per table; remove one of them
check-invalid-toml = invalid TOML: { $message }
check-unquoted-help = put text in double quotes, like region = "calf"
check-unclosed-string-help = close the text with " on the same line, or use """ quotes for text over several lines
check-unclosed-table-help = a step header is written [[step]], with two brackets on each side

# A value of the wrong kind or out of range. { $key } is the TOML key, { $found } as written.
check-must-be = { $key } must be { $expected }, found { $found }
check-each-must-be = each of { $key } must be { $expected }, found { $found }
check-in-brackets-help = put the text in brackets: { $key } = [{ $written }]
check-between = { $key } must be between { $min } and { $max }, found { $found }
check-at-most = { $key } must be at most { $max }, found { $found }
check-each-step-number = each of { $key } must be a step number from 1, found { $found }
check-unquote-number-help = write the number without quotes: { $key } = { $written }
check-calendar-day = { $key } must be a calendar day like 2026-11-02, found { $found }
check-calendar-day-help = write it as a date: { $key } = 2026-11-02
check-day-without-time-help = write the year, month and day only, without a time
check-whole-number = { $key } must be a whole number from { $min } to { $max }, found { $found }
check-duration = { $key } must be a duration like "90s" or "1m30s", found { $found }
check-whole-seconds = { $key } must be whole seconds, found { $found }
check-empty = { $key } must not be empty
check-too-long = { $key } is { $length } characters long; at most { $limit } fit on the screen
check-too-long-help = shorten it to { $limit } characters at most
check-invisible = { $key } contains the invisible character { $character }
check-invisible-help = remove it: invisible characters make two names that look the same differ
check-single-line = { $key } must be a single line
check-single-line-help = line breaks are allowed only in description and cue; in safety and stop_if, write each line as an item of its own: ["...", "..."]
check-control = { $key } contains the control character { $character }
check-control-help = remove it: control characters could rewrite the terminal
check-each-line-text = each { $key } line must be text in quotes, found { $found }
check-each-text = each of { $key } must be text in quotes, found { $found }
check-activities-too-many = { $key } lists { $count } activities; the scale rates at most { $most }
check-activities-too-many-help = keep the five the client finds hardest
check-activity-length = each of { $key } must be { $least } to { $most } characters, found { $found }
check-activity-length-help = say what the client finds hard and when: "turning my head while driving"
check-activity-twice = "{ $activity }" is listed twice in { $key }
check-activity-twice-help = remove it, or say how it differs from activity { $number }

# What a key takes, in "hold must be { $expected }, found ...".
check-expect-text = text in quotes
check-expect-lines = a list of text lines, like ["...", "..."]
check-expect-duration = a duration like "90s" or "1m30s", or whole seconds
check-expect-whole = a whole number from { $min } to { $max }
check-expect-words = a list of words, each { $words }
check-expect-boolean = true or false
check-expect-steps = a list of [[step]] tables
check-expect-date = a date like 2026-11-02
check-expect-step-numbers = a list of step numbers, like [1, 2]
check-expect-phases = a list of [[prescription.phase]] tables
check-expect-activities = a list of activities, like ["...", "..."]
# The last of several allowed words: "left", "right" or "both".
check-one-of = { $first } or { $last }

duration-empty = the duration is empty
duration-negative = a duration cannot be negative
duration-fractional = durations are whole seconds or minutes
duration-no-unit = "{ $number }" has no unit
duration-unknown-unit = "{ $unit }" is not a unit
duration-order = units must come in the order h, m, s, each once
duration-too-large = the number is too large
duration-accepted = write it like "90s", "1m30s", "1m 30s" or 90 (whole seconds)

check-unknown-region = knead does not know the region "{ $region }"
check-unknown-region-help = it is shown as written, without a place on the body map; `knead regions` lists the regions knead knows
check-unknown-tool = knead does not know the tool "{ $tool }"
check-unknown-tool-help = it is shown as written, without a tip; knead knows balls, foam rollers, sticks, thumbs, knuckles, elbows, hooks, massage guns, cold and heat packs
check-hold-long = a { $hold } compression hold is long
check-hold-long-help = trigger-point compression is usually 30-90s; keep holds at 2m or less
check-hold-short = a { $hold } compression hold is very short
check-hold-short-help = a trigger point needs 30-90s to release; hold for at least 10s
# { $what } is "cold" or "heat".
check-thermal-long = { $what ->
        [cold] { $hold } of cold is too long
       *[heat] { $hold } of heat is too long
    }
check-thermal-long-help = { $what ->
        [cold] keep cold applications to 20m or less to avoid injuring the skin
       *[heat] keep heat applications to 20m or less to avoid injuring the skin
    }
check-no-barrier = { $what ->
        [cold] the cold step on { $region } never mentions a cloth or barrier
       *[heat] the heat step on { $region } never mentions a cloth or barrier
    }
check-no-barrier-help = say in the cue or a safety line to keep a cloth between the pack and the skin
check-stop-above-high = stop_above = { $value } only advises easing off at the worst pain
check-stop-above-high-help = pressure should stay around 6-7/10; 8 is the usual threshold

## The plan `knead check` prints for a prescribed routine.
plan-prescription = prescription: { $head }
plan-weeks = { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } from { $start } to { $end }
plan-per-week = { $sessions ->
        [one] { $sessions } session a week
       *[other] { $sessions } sessions a week
    }
plan-by = by { $by }
plan-for = for { $client }
plan-week = week { $week }
plan-weeks-from-to = weeks { $first }-{ $last }
plan-as-written = as written
plan-phase = phase { $number }, { $weeks }: { $changes } · { $summary }
plan-step = step { $number } { $region }: hold { $hold }, rest { $rest }, { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }
plan-shorter-hold = shorter than phase { $phase }'s { $hold }: this phase does not set its hold
plan-stop-if = stop if: { $reason }
plan-activities = activities, rated 0-10 at the first session of each week:
plan-pgic = global change asked at the last session of each phase and of the programme
# After a phase's changes: "hold 90s (steps 1, 2)". The keys (hold, rest, reps) stay as written.
plan-change-steps = { $count ->
        [one] step { $steps }
       *[other] steps { $steps }
    }
# One line for listings: "3 steps, 6 holds, 7m40s".
routine-summary = { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }, { $holds ->
        [one] { $holds } hold
       *[other] { $holds } holds
    }, { $time }

## After the diagnostics: "neck.toml: valid: 3 steps, 6 holds, 7m40s (1 warning)".
check-valid = valid: { $summary }
check-valid-with-warnings = valid: { $summary } ({ $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    })
check-files = checked { $files } files: { $valid } valid, { $errors } with errors

# Words that show a cue or safety line keeps a cloth between a cold or heat pack and the skin
# (comma-separated, matched within words: "Handtuch" has "tuch"). Every language's are used.
check-barrier-words = cloth, towel, barrier, fabric, cover, sleeve, shirt, pillowcase
