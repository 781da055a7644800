## knead: every word a person reads or hears, in English.
## Keys are grouped by where they appear; the English file is the source.

lang-self-name = English

## Spots and sides

side-left = left
side-right = right
side-left-initial = L
side-right-initial = R
# A spot in lists and titles: "upper trapezius, left".
spot-label = { $region }, { $side }
# A spot inside a sentence: "Rate your left upper trapezius".
spot-in-sentence = { $side } { $region }
# The sides of a region when they differ, the worse first: "calf: right 8, left 4".
side-gap = { $region }: { $worse } { $high }, { $other } { $low }
switch-sides = Switch to the { $side } side

## What an operating system error means

io-not-found = there is no such file
io-permission-denied = permission denied
io-is-a-folder = it is a folder, not a file
io-not-text = it is not text (UTF-8)
io-disk-full = the disk is full
io-read-only = the disk is read-only
io-unreadable = it could not be read

## The session: prompts and answers

session-rating-prompt = Overall pain now, from 0 (no pain) to 10 (worst imaginable)
note-prompt = A note for your therapist (one line)
not-saved = this session is not being saved
preparing-voice = Preparing the voice (a few seconds at most)...
release-prompt = Press Enter when the knot lets go.
rate-how = Type a number from 0 (no pain) to 10 (worst imaginable), or s to skip.
begin = Press Enter to begin, or q then Enter to quit.
begin-with-overall = { $question }: type it and Enter to begin (s to skip, q to quit).
quit-ask = Quit the session? The clock is stopped. y then Enter quits; anything else goes on.
going-on = Going on.
note-kept = Note kept with this session.
kept-rating = Kept for the next rating: { $rating }/10.
kept-skip = Kept: the next rating will be skipped.
kept-badge = rating { $rating }/10 kept
kept-badge-skip = rating to be skipped
rated = rated { $rating }/10
not-rated = not rated
after-the-rating = Kept until after the next rating: { $line }.
nothing-now = Nothing to do for { $line } now.

## Where the session stands (a bare Enter in plain mode)

status-left = { $left } left
status-left-paused = { $left } left, paused
status-waiting = waiting
status-rate-to-go-on = {" "}Rate it to go on.
status-prepare = Get ready { $number }/{ $total }: { $hold }, { $left }.
status-hold = Hold { $number }/{ $total }: { $hold }, { $left }.
status-rest-next = Rest after hold { $number }: { $left }.{ $rate } Next: { $next }.
status-rest = Rest after hold { $number }: { $left }.{ $rate }

## Notifications

rate-notification = Release. { $request }
rate-request = Rate your { $spot } 0-10
next-notification = Next: { $spot }, { $seconds } s
complete-well-done = { $routine }: well done.
complete-partly = { $routine }: { $held } of { $total ->
        [one] { $total } hold
       *[other] { $total } holds
    }.
rep-of = rep { $rep } of { $reps }

## Advice after a rating

ease-off-skip = {" "}Press x to skip the rest of this spot.
ease-off = { $rating }/10 is a lot: ease off the pressure on { $spot }.{ $skip }
not-easing = { $spot } went from { $from } to { $to }: this spot is not easing; consider stopping.

## The overall pain

overall-before-after = Overall pain { $before }/10 before, { $after }/10 after
overall-before = Overall pain { $before }/10 before
overall-after = Overall pain { $after }/10 after

## Plain mode, as each thing happens

announce-prepare = Get ready { $number }/{ $total }: { $spot }, { $tool } ({ $prepare })
announce-hold = Hold { $number }/{ $total }: { $spot }, { $seconds } s
announce-released = Release. Held { $held }.
announce-cut-short = Moved on after { $held }.
announce-skipped = Skipped hold { $number }.
announce-rest = Rest { $rest }.{" "}
announce-rate = { $rest }Rate { $spot } from 0 (no pain) to 10 (worst imaginable), or s to skip:
announce-rest-over = Rest over. Rate to go on:
announce-rated = Rated { $rating }/10.
announce-not-rated = Not rated.
announce-overall = Overall pain { $rating }/10.
announce-overall-not-given = Overall pain not given.
announce-paused = Paused; p then Enter resumes.
announce-still-paused = Still paused ({ $minutes } min); p then Enter resumes.
announce-resumed = Resumed.
announce-extended = Hold extended by { $seconds } s.
announce-spot-skipped = { $count ->
        [one] Skipped the last hold on that spot.
       *[other] Skipped the { $count } remaining holds on that spot.
    }

## The summary and lists of sessions

summary-complete = Session complete
summary-partly = Session partly done
summary-stopped = Session stopped
summary-interrupted = Session interrupted
holds = { $count ->
        [one] { $count } hold
       *[other] { $count } holds
    }
holds-of = { $held } of { $total ->
        [one] { $total } hold
       *[other] { $total } holds
    }
holds-of-held = { $held } of { $total ->
        [one] { $total } hold
       *[other] { $total } holds
    } held
holds-held = { $count ->
        [one] { $count } hold
       *[other] { $count } holds
    } held
hold-held = held
hold-released = released
hold-cut-short = cut short
hold-stopped = stopped
hold-skipped = skipped
hold-skipped-for-pain = skipped for pain
session-completed = completed
session-partly = partly done
session-stopped = stopped
session-interrupted = interrupted
pain-first-to-last = Pain, first rating to last
column-spot = spot
column-side = side
column-rep = rep
column-held = held
column-rating = rating
note-kept-short = note kept
sides-differ = Sides differ: { $gap }
last-time = last time { $rating }
not-saved-summary = Note: { $notice }. The ratings below are all there is.
much-better = much better
worse = worse
scale-low = 0 no pain
scale-high = 10 worst imaginable

## Plain mode's own lines

overview-title-by = { $name } (by { $author })
overview-safety-line = Safety: { $line }
overview-totals-line = { $holds }, about { $length }.
overall-prompt = { $question }, or s to skip:
note-prompt-line = { $question }, or Enter for none:
notice-line = Note: { $notice }.
caught-up = Note: the history caught up; everything so far is saved.

## The full screen

badge-prepare = GET READY
badge-hold = HOLD
badge-rate = RATE
badge-rest = REST
badge-overview = OVERVIEW
badge-summary = SUMMARY
badge-paused = PAUSED
badge-not-saved = NOT SAVED
position = hold { $number } of { $total }
position-after = after hold { $number } of { $total }
screen-rest = Rest. Let the spot settle.
screen-rest-over = Rest over: rate to go on.
screen-last-hold = Last hold: rate it to see the summary.
how-tender = Rate { $spot }: how tender is it now?
rating-hint-selected = { $value } selected: Enter to confirm · 0-9, t for 10, ←/→ to change · s skip
rating-hint = Type 0-9, or t (or 1 then 0) for 10 · ←/→ · Enter confirms · s skips
keys-title = Keys (any key closes)
quit-box-question = Quit the session?
quit-box-paused = The clock is paused.
quit-box-kept = Every rating so far is kept.
overall-title = Overall pain now
overall-when-before = Before the first hold
overall-when-after = After the last hold
note-hint = Kept with this session.
by = by { $author }
heading-safety = Safety
heading-steps = Steps
step-each-side = each side
step-until-released = , until released
notice = Note: { $notice }
totals = { $holds } · about { $length }
totals-more = (↑↓ for more)
kept-ahead = Kept for the first holds: { $ratings }
kept-ahead-skip = skip
next-switch = next: { $hold } (switch sides)
next-hold = next: { $hold }
next-summary = next: the summary
worked-side = { $side } side
too-small = knead needs at least { $min }; this is { $size }

## knead status: one short line for a status bar

status-phase-prepare = get ready
status-phase-hold = hold
status-phase-rest = rest
status-phase-rate = rate
status-paused = paused
status-nothing-due = nothing due
status-due = due: { $routines }
status-reminder = { $due } · reminder { $when } { $routine }
status-due-count = knead: { $count } due
status-tooltip-nothing = knead: nothing due today
status-tooltip-due = knead: due today: { $routines }

## The home screen

home-badge = KNEAD
home-due-today = { $count } due today · { $today }
home-new-name = New routine's name:
home-filter = filter: { $filter } (Esc clears)
home-no-routines = No routines found.
home-no-match = No routine matches "{ $filter }".
home-yours = Your routines
home-bundled = Bundled
home-column-length = Length
home-column-last-done = Last done
home-column-week = Week
home-invalid = invalid
home-due = due
home-never = never
home-today-at = today { $time }
home-yesterday = yesterday
home-days-ago = { $days } days ago
home-weeks-ago = { $weeks } weeks ago

## The history screen

history-badge = HISTORY
history-empty = No sessions yet: the history fills as you rate holds.
history-cannot-show = The history cannot be shown: { $why }
history-totals = { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } · { $spots ->
        [one] { $spots } spot
       *[other] { $spots } spots
    }
history-spots = Spots
history-latest-pain = Latest pain
history-sessions = Sessions, newest first
history-session = Session
history-weeks = Sessions per week
history-weeks-routines = Sessions per week · { $count } routines
history-no-weeks = No sessions in the last four weeks.
history-aim = (aim { $aim })
history-this-week = { $count } this week
history-before = before: { $first }, { $second }, { $third }
history-sides-differ = sides differ: { $gap }
history-last = last: { $values }
history-mean = mean { $mean }
history-no-end = no end recorded
column-outcome = outcome
history-again = (again)
history-held-of = { $held } of { $planned }

## Days and months

date-weekday-day-month = { $weekday } { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
month-jan = Jan
month-feb = Feb
month-mar = Mar
month-apr = Apr
month-may = May
month-jun = Jun
month-jul = Jul
month-aug = Aug
month-sep = Sep
month-oct = Oct
month-nov = Nov
month-dec = Dec
summary-line-held = held { $held },{" "}
summary-line-hold = {"  "}{ $number }. { $spot }, rep { $rep }: { $held }{ $result }{ $last }
summary-change-side = { $side } { $first } to { $last }
summary-change = { $first } to { $last }
summary-done = { $done } of { $total ->
        [one] { $total } hold
       *[other] { $total } holds
    } done
summary-time-held = { $held } held
summary-not-reached = not reached

## The outcome measures: activities (Patient-Specific Functional Scale) and the global
## impression of change

activity-title = How well can you do it now?
activity-low = 0 unable
activity-high = 10 as before the problem
activity-count = Activity { $number } of { $total }
activity-prompt = { $count }: { $activity }. How well can you do it now, from 0 (unable) to 10 (as before the problem)? Type it and Enter (s to skip).
activities-first = Before you begin, rate how well you can do each of these activities now.
activity-how = Type a number from 0 (unable) to 10 (as before the problem), or s to skip.
activity-rated = { $activity }: { $rating }/10.
activity-skipped = { $activity }: skipped.
activity-skipped-word = skipped
activity-mean = Activities { $mean }/10 on average
activities-none-rated = Activities, none rated:
change-title = Since the programme began
change-asked = How has your problem changed?
change-choose = choose
change-question = Since you began the programme, how has your problem changed?
change-type = Type the number and Enter (s to skip).
change-how = Type a number from 1 (very much improved) to 7 (very much worse), or s to skip.
change-rated = Since the programme began: { $answer }.
change-not-given = Change since the programme began: not given.
change-short = Change: { $answer }
change-said = Since the programme began: { $answer } (end of phase { $phase })
change-not-answered = not answered
note-said = Note: { $note }
impression-very-much-improved = very much improved
impression-much-improved = much improved
impression-minimally-improved = minimally improved
impression-no-change = no change
impression-minimally-worse = minimally worse
impression-much-worse = much worse
impression-very-much-worse = very much worse

## What the voice says (numbers come in words, from knead's own number words)

speech-hold = Hold.
speech-halfway = Halfway.
speech-paused = Paused.
speech-still-paused = Still paused. Press p to go on.
speech-resumed = Going on.
speech-skipped = Skipped the rest of this spot.
speech-quit-asked = Quit the session? Press y to quit, any other key to go on.
speech-release = Release. Rate it, zero to ten.
speech-released = Release.
speech-activity = { $activity }. How well can you do it now? From 0, unable, to 10, as before the problem.
speech-change = Since you began the programme, how has your problem changed? 1, very much improved. 4, no change. 7, very much worse.
speech-left = { $length } left.
speech-begin = Press Enter to begin.
speech-getting-ready = Getting ready: { $spot }.
speech-holding = Holding { $spot }.
speech-resting-next = Resting. Next: { $spot }.
speech-resting = Resting.
speech-side-spot = { $side }: { $spot }
speech-rep-ordinal = { $rep ->
        [1] first
        [2] second
        [3] third
        [4] fourth
        [5] fifth
        [6] sixth
        [7] seventh
        [8] eighth
        [9] ninth
       *[10] tenth
    } of { $total }
speech-rep-number = number { $rep } of { $total }
speech-rate = Rate your { $spot }, zero to ten.
speech-ease-off-skip = That's a lot: ease off a little, or press x to skip the rest of this spot.
speech-ease-off = That's a lot: ease off a little.
speech-next-rep = Next: { $spot }, { $which }.
speech-next = Next: { $spot }.
speech-end-complete = { $title }. { $total } { $count ->
        [one] hold
       *[other] holds
    }.
speech-end-partly = { $title }. { $held } of { $total } { $count ->
        [one] hold
       *[other] holds
    }.
speech-seconds = { $count ->
        [one] { $words } second
       *[other] { $words } seconds
    }
speech-minutes = { $count ->
        [one] { $words } minute
       *[other] { $words } minutes
    }

## Keys: what each does on a footer (short) and in the ? list

key-begin = begin
key-something-changed = something changed
key-released = released
key-confirm = confirm
key-end = end
key-next = next
key-back = back
key-rate = rate
key-skip = skip
key-skip-spot = skip spot
key-quit = quit
key-keep-going = keep going
key-close = close
key-note = note
key-save = save
key-cancel = cancel
key-scroll = scroll
key-move = move
key-spot = spot
key-next-list = next list
key-open-session = open session
key-map-chart = map/chart
key-help = help
key-open = open
key-history = history
key-new = new
key-where-does-it-hurt = where does it hurt?
key-filter = filter
key-keys = keys
key-done = done
key-choose = choose
key-front-back = front/back
key-type-a-place = type a place
key-yes = yes
key-no = no
key-take-leave = take/leave
key-run-now = run now
key-pause = pause
key-resume = resume
key-mute = mute
key-sound-on = sound on
key-voice-off = voice off
key-voice-on = voice on

help-begin-confirm-released = begin · confirm · released
help-stop-rules-again-overview = stop rules again (overview)
help-pause-resume = pause / resume
help-next-a-hold-ends-then-rate = next (a hold ends, then rate)
help-go-back-one-hold = go back one hold
help-add-15-s-to-this-hold = add 15 s to this hold
help-rate-t-or-1-then-0-for-10 = rate; t (or 1 then 0) for 10
help-change-the-rating = change the rating
help-skip-the-rating = skip the rating
help-typed-early-kept-for-the-rating = typed early: kept for the rating
help-skip-the-rest-of-a-sore-spot = skip the rest of a sore spot
help-sound-voice-off-on = sound / voice off, on
help-say-the-spot-phase-and-time-left = say the spot, phase and time left
help-quit-asks-ratings-are-kept = quit (asks; ratings are kept)
help-a-note-for-your-therapist-summary = a note for your therapist (summary)
help-suspend-fg-comes-back = suspend; fg comes back
help-open-enter-again-begins = open; Enter again begins
help-move-between-routines = move between routines
help-your-history = your history
help-a-new-routine-in-your-editor = a new routine, in your editor
help-where-does-it-hurt = where does it hurt?
help-filter-by-name = filter by name
help-clear-the-filter-or-quit = clear the filter, or quit
help-choose-the-place-or-click-it-twice = choose the place (or click it twice)
help-move-the-marker-or-between-muscles = move the marker, or between muscles
help-turn-the-body-front-or-back = turn the body: front or back
help-type-the-place-temple-heel = type the place (temple, heel)
help-answer-a-red-flag-question = answer a red-flag question
help-take-or-leave-a-muscle = take or leave a muscle
help-run-the-routine-now = run the routine now
help-save-it-as-a-routine-of-your-own = save it as a routine of your own
help-back-to-the-body-map = back to the body map

## A prescribed routine's overview line

headline-week = Week { $week } of { $weeks }
headline-phase = phase { $phase } of { $phases }
headline-sessions-of = { $done } of { $aim } sessions this week
headline-sessions = { $done ->
        [one] { $done } session this week
       *[other] { $done } sessions this week
    }
headline-before = Starts { $start } ({ $days ->
        [one] tomorrow
       *[other] in { $days } days
    }) · this session follows week 1{ $phase }
headline-after = Ended { $end } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    } ago) · this session follows week { $weeks }{ $phase }

## The stop rules, asked before a prescribed session

rules-your-therapist = your therapist
rules-before = Before you start: { $who } asked you to stop and get in touch if any of these is true today.
rules-ask = { $rule }? Type y or n{ $typing ->
        [lines] {" "}and Enter
       *[keys] {""}
    }:
rules-please = Please type y or n{ $typing ->
        [lines] {" "}and Enter
       *[keys] {""}
    }:
rules-then-stop = Then stop here and contact { $who } before you go on: the programme may need to change.
rules-start-anyway = To start anyway, type s{ $typing ->
        [lines] {" "}and Enter
       *[keys] {""}
    }; anything else stops without a session.
rules-no-answer = no answer, so no session; run it again when you are ready
rules-kept = Your answer is kept for { $who }, and no session today, as advised.
rules-not-kept = No session today, as advised. Your answer could not be kept ({ $why }): please tell { $who } yourself.
rules-answer-not-kept = your answer could not be kept ({ $why }); the session keeps it with its own record

## Quiet notices about the outputs

audio-built-in-sound = using the built-in sound for { $sound }
audio-no-server = no sound server (PulseAudio or PipeWire)
audio-no-device = no audio device
audio-bell-only = { $missing }: terminal bell only
audio-visual-only = { $missing }: visual cues only
notifications-off = notifications off: { $why }
notifications-off-no-bus = notifications off: no D-Bus session
history-not-saved-no-folder = this session is not being saved: no data folder
history-not-saved-writer = this session is not being saved: cannot start its writer ({ $why })
history-not-saved-stopped = this session is not being saved: its writer stopped
summary-count-cut-short = { $count } cut short
summary-count-stopped = { $count } stopped

## The body map's views, and the tip beside a known tool during a hold

view-front = front view
view-back = back view
view-front-short = front
view-back-short = back
tool-hint-ball = Let body weight do the work; roll slowly onto the tender spot.
tool-hint-lacrosse-ball = Firm ball: ease in, stay around 6/10, breathe out slowly.
tool-hint-tennis-ball = Soft ball: a gentle start; lean in more as the spot eases.
tool-hint-golf-ball = Small and hard: press gently at first and roll slowly.
tool-hint-stick = Roll with both hands, slowly; pause where it is tender.
tool-hint-elbow = Lean in with the forearm by the elbow, never its bony point.
tool-hint-peanut-ball = Straddle the spine with the two balls; never on the bone.
tool-hint-foam-roller = Roll slowly, pause on the tender spot, keep breathing.
tool-hint-thumb = Press with a straight thumb; support it with the other hand.
tool-hint-knuckles = Use flat knuckles, wrist straight; sink in slowly.
tool-hint-fingers = Stack fingertips for support; press in and hold still.
tool-hint-theracane = Pull the hook gently; let the tool do the work.
tool-hint-ice-pack = Keep a cloth between pack and skin.
tool-hint-heat-pack = Warm, never hot; a cloth between pack and skin.
tool-hint-massage-gun = Lowest speed, keep it moving; avoid bone and the neck's front.

## The sound's state in the header

sound-none = no sound
sound-muted = muted
sound-bell = bell
sound-volume = sound { $volume }%
sound-voice = voice

## The report for the therapist

report-yours = Your sessions
report-of-client = Sessions of { $client }
report-title = knead report: { $who }
report-no-sessions-yet = no sessions yet
report-span = { $from } to { $to }
report-generated = { $span } · { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } · generated { $generated }
report-clocks = Days and times are { $client ->
        [1] the client's
       *[0] yours
    }, as the sessions were done: { $clocks }.
report-system-zone = the system's time zone
report-clock-unkept = { $zone }, this report's (the session is from before knead kept the time zone)
report-made-by = Made by knead. Ratings: 0 no pain, 10 worst imaginable.
report-prescription = Prescription: { $prescription }.
report-file-changed = The routine's file changed on { $days }: the sessions since { $last } ran its latest version.
report-needs-attention = Needs attention
report-adherence = Adherence
report-col-programme-week = Programme week
report-col-sessions = Sessions
report-done-of = { $done } of { $aim }
report-average-programme = On average { $mean } sessions a week of { $routine } over the programme's { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } so far.
report-average = On average { $mean } sessions a week over { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }.
report-col-week = Week
report-last-12-weeks = The last 12 weeks.
report-main-outcome = Main outcome
report-better = better
report-worse = worse
report-one-session = one session so far
report-no-important-change = no important change
report-col-spot = Spot
report-col-first = First
report-col-latest = Latest
report-col-change = Change
report-col-important = Important
report-col-verdict = Verdict
report-outcome-note = Pain 0-10, each session's mean for the spot. A change matters from { $low } point for a first rating below 4, { $middle } points from 4 to 6, { $high } points from 7 up.
report-activities = Activities (Patient-Specific Functional Scale)
report-rated-once = rated once so far
report-activities-mean = Mean of the activities
report-col-activity = Activity
report-activities-note = Each rated from 0 (unable) to 10 (as before the problem) at the first session of each programme week; higher is better. A change of { $mcid } points matters (Stratford 1995).
report-global-change = Global impression of change
report-end-of-phase = end of phase { $phase }
report-col-day = Day
report-col-asked-at = Asked at
report-col-since = Since the programme began
report-change-note = Seven answers, from very much improved to very much worse (Patient Global Impression of Change).
report-col-phase = Phase
report-col-weeks-with-sessions = Weeks with sessions
report-col-hold-prescribed = Hold prescribed
report-col-held-on-average = Held on average
report-pain-by-spot = Pain by spot
report-no-ratings = No ratings yet.
report-spot-note = A session's value is the mean of its ratings of that spot. The map shows each spot's latest rating.
report-map-alt = Latest pain on the body
report-left-and-right = Left and right
report-no-side-gap = No spot differs by 2 or more between its sides.
report-side-gaps = Sides that differ by 2 or more at their latest:
report-weekly-means = Weekly means.
report-trend-alt = { $region } trend
report-col-left = Left
report-col-right = Right
report-col-no-side = No side
report-spot-table-note = First → last session, the change (better or worse when it is as large as the main outcome's important change), and the latest sessions from ▁ (0) to █ (10).
report-change-words = { $who }first { $first }, last { $last } ({ $change })
report-nothing-flagged = Nothing: no rating at the routine's stop_above (or { $high }) or more, no spot worse by { $worse } or rising, no gap of { $days } days, no note.
report-adherence-prescribed = { $done } of { $total } prescribed sessions of { $routine } ({ $percent }%) in weeks 1-{ $weeks } ({ $aim } a week).
report-days-last-30 = Days with a session in the last 30 days (to { $today }): { $days }.
report-holds-held = Holds held in { $sessions ->
        [1] the session
        [2] both sessions
       *[other] all { $sessions } sessions
    }: { $held } of { $planned } { $known ->
        [1] planned
       *[0] planned (recorded, for sessions from before knead kept the plan)
    }.
report-time-to-release = Time to release
report-col-last = Last
report-release-note = Holds the person ended when the knot let go; a shorter time is a spot releasing sooner.
report-often-skipped = Often skipped or cut short
report-none = None.
report-col-holds = Holds
report-col-skipped = Skipped
report-col-cut-short = Cut short
report-sessions = Sessions
report-col-date = Date
report-col-time = Time
report-col-routine = Routine
report-col-outcome = Outcome
report-col-pain = Pain
report-col-note = Note
report-before-start = before the start
report-after-end = after the end
report-prescribed = { $routine } for { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } from { $start } to { $end }
report-prescribed-aim = { $aim } a week
report-latest-week-phase = latest session: week { $week }, phase { $phase }
report-latest-week = latest session: week { $week }

## The report's flags under "Needs attention"

flag-high = { $day }: { $spot } rated { $rating }/10 ({ $routine })
flag-worse = { $spot } is worse: first { $first }, last { $last } ({ $change })
flag-rising = { $spot } rated higher in each of its last three sessions
flag-gap-open = no session since { $from } ({ $days } days to { $to })
flag-gap = { $days } days without a session, { $from } to { $to }
flag-skipped-for-pain = { $day }: { $holds ->
        [one] { $holds } hold
       *[other] { $holds } holds
    } on { $spot } skipped after ease-off advice (too painful)
flag-stop-rule-applied = a stop rule applied
flag-yes-to = yes to { $rules }
flag-and = and
flag-stop-rule-went-on = { $day }: { $which } before { $routine }, and the session went ahead anyway
flag-stop-rule-stopped = { $day }: { $which } before { $routine }; no session, as advised
flag-felt-worse = { $day }: “{ $answer }” since the programme began (end of phase { $phase })

## Reminders: the notification that asks

nudge-time-for = Time for { $routine } ({ $length })
nudge-start = Start
nudge-later = In { $minutes } minutes
nudge-skip = Skip

## knead regions

regions-col-region = region
regions-col-sides = sides
regions-col-view = view
regions-col-also = also
regions-any-form = Any case, singular or plural. `knead regions NAME` shows one on the body.
regions-also = also: { $names }
regions-left-marked = { $view }, the left side marked

## Plain mode's reminder of the words it takes

plain-keys = Keys: Enter (begin / released), { $keys }.

## The report's charts

chart-last = last { $day }

## The first letter of yes and of no, taken besides y and n

answer-yes-key = y
answer-no-key = n

# Keys named on the footers and in the ? list (letters, arrows, Enter, Esc and Tab stay as printed).
keyname-space = Space
keyname-ctrl = Ctrl

## The tools knead knows, by name: English's other names are the catalogue's own (in the code);
## the other languages list theirs in .aliases, comma-separated. A therapist may write any of them.
tool-name-ball = ball
tool-name-lacrosse-ball = lacrosse ball
tool-name-tennis-ball = tennis ball
tool-name-golf-ball = golf ball
tool-name-peanut-ball = peanut ball
tool-name-foam-roller = foam roller
tool-name-stick = massage stick
tool-name-thumb = thumb
tool-name-knuckles = knuckles
tool-name-fingers = fingers
tool-name-elbow = elbow
tool-name-theracane = theracane
tool-name-massage-gun = massage gun
tool-name-ice-pack = ice pack
tool-name-cold-pack = cold pack
tool-name-heat-pack = heat pack
