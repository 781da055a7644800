## knead where ("where does it hurt?"), in English: the red-flag questions asked before any
## muscle, what to do when one is answered yes, the picker's words, and the routine it writes.

where-flag-heart-question = Is it pain or pressure in the chest, or pain spreading to the arm, jaw, neck or back, perhaps with breathlessness, sweating or feeling sick?
where-flag-headache-question = Did the headache come on suddenly and badly, the worst you have had, or with a stiff neck, confusion, fainting or changes in sight or speech?
where-flag-clot-question = Is the leg swollen, warm, red or tender along the calf, or are you short of breath?
where-flag-nerve-question = Is there numbness, pins and needles or weakness in an arm, hand, leg or foot, or any new trouble holding urine or stools?
where-flag-injury-question = Did it start with a fall, a blow or an accident, or do you have a fever or feel unwell?

# What to do when a red flag is answered yes: knead builds nothing then. Emergency numbers as in the country's usage.
where-flag-heart-advice = This could be your heart. Call the emergency services now (112 in Europe, 911 in North America, 999 in the UK). Do not massage.
where-flag-headache-advice = A sudden, severe headache needs a doctor now: call the emergency services or go to an emergency department. Do not massage.
where-flag-clot-advice = This could be a blood clot. See a doctor today (the emergency services if you are short of breath), and do not massage the leg.
where-flag-nerve-advice = A nerve may be involved: see a doctor or physiotherapist before treating it yourself. New trouble holding urine or stools needs a doctor today.
where-flag-injury-advice = An injury or an infection needs checking first: see a doctor or physiotherapist before treating it yourself.

# A red flag as a safety line of the routine written (at most 200 characters).
where-flag-heart-safety = Chest pain, or pain spreading to the arm, jaw or back: stop and call the emergency services (112, 911, 999).
where-flag-headache-safety = A sudden, severe headache, the worst you have had: stop and get emergency care.
where-flag-clot-safety = A calf swollen, warm or red: do not massage it; see a doctor today.
where-flag-nerve-safety = Numbness, tingling or weakness, or new trouble holding urine or stools: stop and see a doctor.
where-flag-injury-safety = Pain after a fall or an injury, or with a fever: see a doctor before this routine.
where-safety-neck = On the side of the neck, hold the muscle gently between thumb and fingers; never press on the pulse or the front of the throat.
where-safety-pressure = Press to a strong but bearable ache, about 6 of 10; never sharp pain, numbness or tingling.

where-see-a-clinician = See a doctor or physiotherapist if the pain lasts beyond a few weeks, wakes you at night, keeps getting worse, or this does not ease it. Trigger points are a common cause of such pain, not the only one, and nothing here is a cure.
where-muscles-heading = Muscles whose trigger points often send pain to the { $zone }, most likely first:
# A muscle in a zone's list: "upper trapezius, lacrosse ball, 45 s".
where-muscle = { $region }, { $tool }, { $seconds } s
where-muscle-both-sides = { $muscle } (both sides)
where-tool-thumb = thumb
where-tool-foam-roller = foam roller
where-tool-ball = lacrosse ball
where-none-picked = pick at least one muscle: Space takes the one under the cursor
where-not-found = knead does not know "{ $typed }"; move the marker to it instead
where-not-found-meant = knead does not know "{ $typed }"; did you mean "{ $meant }"?
where-enter-chooses = Enter chooses it: a few questions first, then the muscles.
where-question-of = Question { $number } of { $count }
where-saved = Saved as { $name }: `knead run { $name }` runs it, `knead edit { $name }` changes it.
where-title = Where does it hurt?
where-map-hint = Move the marker to where it hurts, or press / and type it.
where-seek-care = Seek care first
where-flags-heading = First, if the answer to any of these is yes, do not treat it yourself:
where-build-hint = `knead where { $zone } --save NAME` writes a routine for these; `--routine` prints it.
where-runs-it = `knead run { $name }` runs it.
# After each red-flag question in plain text; the words taken as yes and no (besides y and n), comma-separated.
where-yes-no = (y/n)
where-yes-words = y, yes
where-no-words = n, no
where-not-answered = no answer to the questions, so no routine
where-no-place = no place called "{ $typed }"; `knead where` lists the places
where-no-place-meant = no place called "{ $typed }"; did you mean "{ $meant }"? `knead where` lists the places
where-muscles-range = --muscles { $number }: the { $zone } has muscles 1 to { $count }
where-no-home = no home folder to write the routine in
where-no-such-place = no place { $id }
where-list-footer = `knead where PLACE` lists the muscles that often send pain there; in a terminal, `knead where` shows a body map to point at.
# The comment at the top of the routine written (two lines).
where-routine-comment = Written by `knead where { $zone }`: muscles whose trigger points often send pain to the
    { $zone }. Edit it as you like; `knead check` checks it.
where-routine-description = For pain at the { $zone }: a hold on each muscle that often sends pain there. { $see }

## The places, head to foot: each one's name and, in .aliases, other words people type for it (comma-separated).
zone-forehead = forehead
    .aliases = brow, front of the head, frontal headache
zone-temple = temple
    .aliases = temples, side of the head, tension headache
zone-behind-the-eye = behind the eye
    .aliases = eye, eyes, behind the eyes, around the eye
zone-ear = ear
    .aliases = ears, earache, in front of the ear
zone-jaw = jaw
    .aliases = jaws, teeth, toothache, cheek, jaw joint
zone-back-of-the-head = back of the head
    .aliases = base of the skull, occiput, back of the skull
zone-front-of-the-neck = front of the neck
    .aliases = throat, side of the throat
zone-back-of-the-neck = back of the neck
    .aliases = neck, stiff neck, side of the neck, nape
zone-top-of-the-shoulder = top of the shoulder
    .aliases = shoulders, top of the shoulders, between neck and shoulder
zone-front-of-the-shoulder = front of the shoulder
    .aliases = front shoulder, shoulder joint
zone-side-of-the-shoulder = side of the shoulder
    .aliases = outer shoulder, shoulder, deltoid
zone-back-of-the-shoulder = back of the shoulder
    .aliases = rear shoulder, behind the shoulder
zone-chest = chest
    .aliases = breast, pecs, front of the chest
zone-between-the-shoulder-blades = between the shoulder blades
    .aliases = between shoulder blades, between the blades, upper back, inner shoulder blade
zone-shoulder-blade = shoulder blade
    .aliases = shoulder blades, scapula, on the shoulder blade
zone-mid-back = middle of the back
    .aliases = mid back, middle back, thoracic
zone-front-of-the-upper-arm = front of the upper arm
    .aliases = upper arm, biceps area, arm
zone-back-of-the-upper-arm = back of the upper arm
    .aliases = triceps area, back of the arm
zone-outer-elbow = outer elbow
    .aliases = tennis elbow, elbow, outside of the elbow
zone-inner-elbow = inner elbow
    .aliases = golfer's elbow, inside of the elbow
zone-front-of-the-forearm = front of the forearm
    .aliases = inner forearm, forearm, underside of the forearm
zone-back-of-the-forearm = back of the forearm and wrist
    .aliases = back of the forearm, outer forearm, back of the wrist, wrist, back of the hand
zone-thumb = thumb
    .aliases = base of the thumb, thumbs
zone-palm = palm and fingers
    .aliases = palm, hand, fingers, finger
zone-low-back = low back
    .aliases = lower back, lumbar, small of the back, back
zone-buttock = buttock
    .aliases = buttocks, bottom, glutes, seat
zone-side-of-the-hip = side of the hip
    .aliases = hip, hips, outer hip
zone-groin = groin
    .aliases = front of the hip, inner hip
zone-front-of-the-thigh = front of the thigh
    .aliases = thigh, front thigh, quads
zone-outer-thigh = outer thigh
    .aliases = side of the thigh, it band, outside of the thigh
zone-back-of-the-thigh = back of the thigh
    .aliases = hamstrings, back thigh, sciatica
zone-front-of-the-knee = front of the knee
    .aliases = knee, knees, kneecap, inner knee
zone-back-of-the-knee = back of the knee
    .aliases = behind the knee, hollow of the knee
zone-shin = shin
    .aliases = shins, front of the lower leg, shin splints
zone-calf = calf
    .aliases = calves, back of the lower leg
zone-ankle = ankle
    .aliases = ankles, outer ankle, front of the ankle
zone-heel = heel
    .aliases = heels, back of the heel, achilles
zone-sole = sole of the foot
    .aliases = sole, arch, bottom of the foot, foot, feet
