## Body regions in this language: each region of the catalogue (crates/knead-core/src/body/regions.rs) by its id,
## with its other names (.aliases, comma-separated) and how to find it (.find).

## Kopf, Hals und Kiefer

region-temporalis = Schläfenmuskel
    .aliases = Temporalis, Musculus temporalis, Schläfe, Schläfen, Schläfenmuskeln
    .find = Seitlich am Kopf über dem Ohr; beim Zusammenbeißen der Zähne wölbt er sich vor.
region-masseter = Masseter
    .aliases = Kaumuskel, Kaumuskeln, Musculus masseter, Kiefer, Kiefermuskel
    .find = Der kräftige Muskel am Kieferwinkel; beim Zusammenbeißen wird er unter den Fingern hart.
region-suboccipitals = subokzipitale Muskulatur
    .aliases = Subokzipitalmuskeln, suboccipitale Muskulatur, subokzipitale Muskeln, kurze Nackenmuskeln, kurze Nackenmuskulatur, Schädelbasis, Hinterhauptmuskeln
    .find = Direkt unter der Knochenkante am Hinterkopf, links und rechts der Mittellinie.
region-splenius-capitis = Splenius capitis
    .aliases = Splenius, Musculus splenius capitis, Kopfriemenmuskel, Riemenmuskel
    .find = Der Nacken neben der Wirbelsäule, vom Schädel bis zum oberen Rücken.
region-sternocleidomastoid = Sternocleidomastoideus
    .aliases = SCM, Kopfnicker, Kopfwender, Sternokleidomastoideus, Musculus sternocleidomastoideus
    .find = Der Strang von hinter dem Ohr bis zum oberen Ende des Brustbeins; beim Drehen des Kopfes spürbar.
region-scalenes = Skalenusmuskulatur
    .aliases = Skalenusmuskeln, Skalenus, Scaleni, Skaleni, Treppenmuskeln, Halsseite, seitlicher Hals
    .find = Die Halsseite hinter dem SCM, über dem Schlüsselbein; nur sanft drücken, hier verlaufen Nerven.
region-upper-trapezius = oberer Trapezius
    .aliases = Trapezius oben, Trapezius, Trapez, Trapezmuskel, Kapuzenmuskel, Nackenmuskel, Trapezius pars descendens
    .find = Der Muskelstrang zwischen Hals und Schulter; mit Daumen und Fingern greifbar.
region-levator-scapulae = Levator scapulae
    .aliases = Levator, Levator scap, Schulterblattheber, Musculus levator scapulae
    .find = Von der Halsseite bis zum oberen inneren Winkel des Schulterblatts.

## Schulter und Rücken

region-middle-trapezius = mittlerer Trapezius
    .aliases = Trapezius Mitte, mittlerer Trapez, Trapezius pars transversa
    .find = Zwischen der Wirbelsäule und dem oberen Schulterblatt, auf Höhe der Schulterblattgräte.
region-rhomboids = Rhomboideen
    .aliases = Rhomboideus, Rhomboiden, Rautenmuskel, Rautenmuskeln, Rhomboideus major, Rhomboideus minor, zwischen den Schulterblättern
    .find = Zwischen der Wirbelsäule und dem Innenrand des Schulterblatts.
region-infraspinatus = Infraspinatus
    .aliases = Untergrätenmuskel, Musculus infraspinatus, Schulterblatt, Schulterblattrückseite
    .find = Die Fläche des Schulterblatts unter seiner Knochenkante; in Rückenlage auf einem Ball erreichbar.
region-teres-minor = Teres minor
    .aliases = kleiner Rundmuskel, Musculus teres minor
    .find = Der Außenrand des Schulterblatts, direkt unter der hinteren Achselfalte.
region-teres-major = Teres major
    .aliases = großer Rundmuskel, Musculus teres major
    .find = Unterhalb des Teres minor, am unteren äußeren Winkel des Schulterblatts.
region-rear-deltoid = hinterer Deltamuskel
    .aliases = hinterer Deltoideus, hinterer Delta, Deltoideus pars spinalis, hintere Schulter, Schulterrückseite
    .find = Die runde Rückseite der Schulter, hinter dem Gelenk.
region-front-deltoid = vorderer Deltamuskel
    .aliases = vorderer Deltoideus, vorderer Delta, Deltoideus pars clavicularis, vordere Schulter, Schultervorderseite
    .find = Die Vorderseite der Schulter, vor dem Gelenk; er arbeitet beim Heben des Arms nach vorn.
region-side-deltoid = seitlicher Deltamuskel
    .aliases = seitlicher Deltoideus, mittlerer Deltamuskel, mittlerer Deltoideus, Deltoideus pars acromialis, Deltamuskel, Deltoideus, Delta, Schulterseite, äußere Schulter
    .find = Die Schulterkappe außen; er arbeitet beim seitlichen Heben des Arms.
region-pectoralis-major = Pectoralis major
    .aliases = großer Brustmuskel, Pectoralis, Brustmuskel, Brustmuskeln, Brustmuskulatur, Brust, Pecs
    .find = Die Brust, vom Brustbein bis zur vorderen Achselfalte.
region-pectoralis-minor = Pectoralis minor
    .aliases = kleiner Brustmuskel, Musculus pectoralis minor
    .find = Unter dem Pectoralis major, knapp unter dem äußeren Ende des Schlüsselbeins, vor der Schulter.
region-subscapularis = Subscapularis
    .aliases = Subskapularis, Unterschulterblattmuskel, Musculus subscapularis
    .find = In der hinteren Wand der Achselhöhle, auf der Vorderfläche des Schulterblatts.
region-serratus-anterior = Serratus anterior
    .aliases = Serratus, vorderer Sägemuskel, Sägemuskel, seitliche Rippen, Rippenseite
    .find = Die Seite der Rippen unterhalb der Achsel, unter dem Außenrand der Brust.
region-latissimus-dorsi = Latissimus dorsi
    .aliases = Latissimus, Lat, Lats, breiter Rückenmuskel, Musculus latissimus dorsi
    .find = Der breite Muskel von unter der Achsel seitlich den Rücken hinab; in Seitenlage auf einer Rolle.
region-thoracic-spine = Brustwirbelsäule
    .aliases = BWS, thorakale Wirbelsäule, Brustwirbel, oberer Rücken, mittlerer Rücken
    .find = Die Mitte des Rückens, zwischen den Schulterblättern und hinunter bis zur untersten Rippe.
region-erector-spinae = Rückenstrecker
    .aliases = Erector spinae, Erektor spinae, autochthone Rückenmuskulatur, paravertebrale Muskulatur, Rückenstreckmuskulatur, Rückenstreckmuskeln
    .find = Die zwei Muskelstränge links und rechts der Wirbelsäule; nie auf die Wirbelsäule selbst drücken.
region-quadratus-lumborum = Quadratus lumborum
    .aliases = QL, Quadratus, viereckiger Lendenmuskel, Musculus quadratus lumborum
    .find = Der untere Rücken zwischen unterster Rippe und Beckenkamm, neben dem Rückenstrecker.
region-abdominals = Bauchmuskulatur
    .aliases = Bauchmuskeln, Bauchmuskel, Bauch, Rectus abdominis, gerader Bauchmuskel, Sixpack
    .find = Die Vorderseite des Bauchs; in Bauchlage auf einen weichen Ball legen und hineinatmen.

## Arm und Hand

region-biceps = Bizeps
    .aliases = Biceps, Biceps brachii, Bizeps brachii, zweiköpfiger Armmuskel, Oberarmvorderseite
    .find = Die Vorderseite des Oberarms; beim Beugen des Ellbogens wird der Muskel hart.
region-brachialis = Brachialis
    .aliases = Oberarmmuskel, Musculus brachialis
    .find = Unter dem Bizeps nahe dem Ellbogen, am leichtesten von der Außenseite des Arms aus.
region-triceps = Trizeps
    .aliases = Triceps, Triceps brachii, Trizeps brachii, dreiköpfiger Armmuskel, Oberarmrückseite
    .find = Die Rückseite des Oberarms; beim Strecken des Ellbogens wird der Muskel hart.
region-forearm-flexors = Unterarmflexoren
    .aliases = Unterarmbeuger, Handgelenksbeuger, Handbeuger, Flexoren, Unterarminnenseite, Unterarm
    .find = Die Handflächenseite des Unterarms, knapp unter dem Ellbogen; beim Faustschluss spürt man sie arbeiten.
region-forearm-extensors = Unterarmextensoren
    .aliases = Unterarmstrecker, Handgelenksstrecker, Handstrecker, Extensoren, Unterarmaußenseite, Unterarmoberseite
    .find = Die Rückseite des Unterarms, knapp unter dem Ellbogen; beim Anheben der Finger spürt man sie arbeiten.
region-brachioradialis = Brachioradialis
    .aliases = Oberarmspeichenmuskel, Musculus brachioradialis
    .find = Die Daumenseite des Unterarms nahe dem Ellbogen; er wölbt sich beim Ziehen mit nach oben gerichtetem Daumen vor.
region-thenar = Daumenballen
    .aliases = Thenar, Thenarmuskulatur, Daumenballenmuskulatur, Daumenmuskeln, Daumenwurzel
    .find = Das fleischige Polster an der Daumenwurzel, auf der Handfläche.
region-palm = Handfläche
    .aliases = Handflächen, Handinnenfläche, Handteller, Hand, Hände, Kleinfingerballen, Hypothenar
    .find = Die Mitte der Handfläche und das Polster unter dem kleinen Finger.

## Hüfte und Bein

region-hip-flexors = Hüftbeuger
    .aliases = Hüftbeugemuskulatur, Iliopsoas, Psoas, Iliacus, Iliakus, Hüftvorderseite
    .find = Die Beugefalte vorn an der Hüfte, innen neben dem vorstehenden Hüftknochen.
region-gluteus-maximus = Gluteus maximus
    .aliases = großer Gesäßmuskel, Gluteus, Glutes, Gesäßmuskel, Gesäßmuskeln, Gesäßmuskulatur, Gesäß, Gesäßbacke, Po, Pobacke
    .find = Die Masse der Gesäßbacke; auf einen Ball setzen und zur schmerzenden Seite lehnen.
region-gluteus-medius = Gluteus medius
    .aliases = mittlerer Gesäßmuskel, Hüftseite, seitliche Hüfte
    .find = Die Seite der Hüfte unterhalb des Beckenrands; in Seitenlage auf einen Ball legen.
region-gluteus-minimus = Gluteus minimus
    .aliases = kleiner Gesäßmuskel
    .find = Unter dem Gluteus medius, etwas weiter vorn und tiefer an der Seite der Hüfte.
region-piriformis = Piriformis
    .aliases = Musculus piriformis, birnenförmiger Muskel, Birnenmuskel, tiefe Hüftrotatoren, Hüftrotatoren, tiefe Außenrotatoren
    .find = Tief in der Mitte der Gesäßbacke, vom unteren Ende der Wirbelsäule bis zum oberen Ende des Oberschenkelknochens.
region-tensor-fasciae-latae = Tensor fasciae latae
    .aliases = TFL, Tensor, Tensor fascia lata, Schenkelbindenspanner
    .find = Ein kleiner Muskel vorn an der Außenseite der Hüfte, unterhalb des vorstehenden Hüftknochens.
region-it-band = Tractus iliotibialis
    .aliases = IT-Band, ITB, iliotibiales Band, Iliotibialband, Oberschenkelaußenseite, seitlicher Oberschenkel
    .find = Die Außenseite des Oberschenkels, Hüfte bis Knie; die Muskeln davor und dahinter rollen, nicht das Band.
region-adductors = Adduktoren
    .aliases = Adduktor, Adduktorenmuskulatur, Leiste, Oberschenkelinnenseite, innerer Oberschenkel
    .find = Die Innenseite des Oberschenkels, von der Leiste bis zur Hälfte des Wegs zum Knie.
region-quadriceps = Quadrizeps
    .aliases = Quadriceps, Quads, Oberschenkelstrecker, Oberschenkelvorderseite, vorderer Oberschenkel, Oberschenkel
    .find = Die Vorderseite des Oberschenkels, Hüfte bis Knie; in Bauchlage auf eine Rolle legen.
region-vastus-lateralis = Vastus lateralis
    .aliases = äußerer Quadrizeps, äußerer Schenkelmuskel
    .find = Der äußere Teil des Quadrizeps, direkt vor dem Tractus iliotibialis.
region-vastus-medialis = Vastus medialis
    .aliases = VMO, Vastus medialis obliquus, innerer Quadrizeps, innerer Schenkelmuskel
    .find = Der tropfenförmige Muskel an der Innenseite des Oberschenkels, knapp über dem Knie.
region-hamstrings = ischiocrurale Muskulatur
    .aliases = Hamstrings, ischiokrurale Muskulatur, Ischiocrurale, Kniebeuger, Oberschenkelrückseite, hinterer Oberschenkel
    .find = Die Rückseite des Oberschenkels, Gesäß bis Knie; auf einem festen Stuhl auf einen Ball setzen.
region-popliteus = Popliteus
    .aliases = Kniekehlenmuskel, Musculus popliteus, Kniekehle
    .find = Tief in der Kniekehle; nur sanft drücken, hier verlaufen der Nerv und die Gefäße.
region-calf = Wade
    .aliases = Waden, Wadenmuskel, Wadenmuskulatur, Gastrocnemius, Zwillingswadenmuskel
    .find = Die Wölbung an der Rückseite des Unterschenkels, unterhalb des Knies.
region-soleus = Soleus
    .aliases = Schollenmuskel, Musculus soleus, untere Wade, tiefe Wade
    .find = Unter der Wade, weiter unten, beidseits der Achillessehne; mit gebeugtem Knie erreichbar.
region-tibialis-anterior = Tibialis anterior
    .aliases = vorderer Schienbeinmuskel, Schienbeinmuskel, Schienbein, Schienbeine, Schienbeinvorderseite
    .find = Der Muskel direkt außen neben der Schienbeinkante; beim Anheben der Zehen spürbar; nie über den Knochen rollen.
region-peroneals = Peronäusmuskulatur
    .aliases = Peronäen, Peronäus, Peroneus, Peroneus longus, Peronealmuskulatur, Fibularis, Fibularismuskulatur, Wadenbeinmuskeln, Unterschenkelaußenseite
    .find = Die Außenseite des Unterschenkels, von unterhalb des Knies bis zum Außenknöchel.
region-plantar-fascia = Plantarfaszie
    .aliases = Plantaraponeurose, Fußsohle, Fußsohlen, Sohle, Fußgewölbe, Längsgewölbe, Fuß, Füße
    .find = Die Fußsohle, von der Ferse bis zum Fußballen; auf einem Ball rollen.
region-heel = Ferse
    .aliases = Fersen, Fersenpolster, Fersensporn, innere Ferse
    .find = Direkt vor dem Fersenpolster an der Sohle, wo die Plantarfaszie beginnt.

## Gelenke und größere Bereiche, für Kälte und Wärme

region-neck = Nacken
    .aliases = Hals, Genick, Nackenbereich, HWS, Halswirbelsäule
    .find = Der gesamte Nacken, vom Schädel bis zum oberen Rand der Schultern.
region-shoulder = Schulter
    .aliases = Schultern, Schultergelenk
    .find = Das Schultergelenk und die Muskeln, die es umhüllen.
region-lower-back = unterer Rücken
    .aliases = Lendenwirbelsäule, LWS, lumbal, Lendenbereich, Lende, Kreuz
    .find = Zwischen den untersten Rippen und dem Beckenkamm.
region-elbow = Ellbogen
    .aliases = Ellenbogen, Ellbogengelenk, Tennisellbogen, Tennisarm, Golferellbogen, Golferarm
    .find = Das Ellbogengelenk und die Sehnen knapp darüber und darunter.
region-wrist = Handgelenk
    .aliases = Handgelenke
    .find = Das Handgelenk, wo der Unterarm auf die Hand trifft.
region-knee = Knie
    .aliases = Kniegelenk, Kniescheibe, Knievorderseite
    .find = Das Kniegelenk und der Bereich um die Kniescheibe.
region-ankle = Sprunggelenk
    .aliases = Sprunggelenke, Knöchel, Fußgelenk, Achillessehne, Achilles
    .find = Das Sprunggelenk und die Sehne an seiner Rückseite über der Ferse.

## Kein fester Ort: die Stelle, die schmerzt, wo immer sie ist

region-sore-spot = schmerzende Stelle
    .aliases = Schmerzstelle, schmerzhafte Stelle, wunde Stelle, beliebige Stelle
    .find = Wo immer es schmerzt; die Figur markiert keine bestimmte Stelle.
