## knead: cada palabra que una persona lee u oye, en español.
## Los mensajes se agrupan según dónde aparecen; el archivo inglés es la fuente.
## Se trata a la persona de usted, como en el material clínico de fisioterapia en España.
## Glosario: docs/glossary/es.md.

lang-self-name = Español

## Puntos y lados

# "izquierdo" y "derecho" van siempre tras "lado" (masculino): "lado izquierdo", nunca
# solos tras una región que puede ser femenina ("pantorrilla").
side-left = izquierdo
side-right = derecho
side-left-initial = I
side-right-initial = D
# Un punto en listas y títulos: "trapecio superior, lado izquierdo".
spot-label = { $region }, lado { $side }
# Un punto dentro de una frase: "Puntúe el dolor en trapecio superior del lado izquierdo".
spot-in-sentence = { $region } del lado { $side }
# Los lados de una región cuando difieren, el peor primero: "pantorrilla: derecho 8, izquierdo 4".
side-gap = { $region }: { $worse } { $high }, { $other } { $low }
switch-sides = Cambie al lado { $side }

## Qué significa un error del sistema operativo

io-not-found = ese archivo no existe
io-permission-denied = permiso denegado
io-is-a-folder = es una carpeta, no un archivo
io-not-text = no es texto (UTF-8)
io-disk-full = el disco está lleno
io-read-only = el disco es de solo lectura
io-unreadable = no se pudo leer

## La sesión: preguntas y respuestas

session-rating-prompt = Dolor general ahora, de 0 (sin dolor) a 10 (el peor dolor imaginable)
note-prompt = Una nota para su fisioterapeuta (una línea)
not-saved = esta sesión no se está guardando
preparing-voice = Preparando la voz (unos segundos como mucho)...
release-prompt = Pulse Enter cuando note que el punto cede.
rate-how = Escriba un número de 0 (sin dolor) a 10 (el peor dolor imaginable), o s para omitir.
begin = Pulse Enter para empezar, o q y luego Enter para salir.
begin-with-overall = { $question }: escríbalo y pulse Enter para empezar (s para omitir, q para salir).
# «y» entre comillas: la tecla y, no la conjunción.
quit-ask = ¿Salir de la sesión? El reloj está parado. «s» y luego Enter sale; cualquier otra cosa continúa.
going-on = Continuamos.
note-kept = Nota guardada con esta sesión.
kept-rating = Guardada para la próxima puntuación: { $rating }/10.
kept-skip = Guardado: la próxima puntuación se omitirá.
kept-badge = puntuación { $rating }/10 guardada
kept-badge-skip = puntuación por omitir
rated = puntuación { $rating }/10
not-rated = sin puntuar
after-the-rating = Guardado hasta después de la próxima puntuación: { $line }.
nothing-now = Ahora no hay nada que hacer con { $line }.

## En qué punto está la sesión (un Enter solo en modo texto)

status-left = quedan { $left }
status-left-paused = quedan { $left }, en pausa
status-waiting = esperando
status-rate-to-go-on = {" "}Puntúela para continuar.
status-prepare = Preparación { $number }/{ $total }: { $hold }, { $left }.
status-hold = Presión { $number }/{ $total }: { $hold }, { $left }.
status-rest-next = Descanso tras la presión { $number }: { $left }.{ $rate } Siguiente: { $next }.
status-rest = Descanso tras la presión { $number }: { $left }.{ $rate }

## Notificaciones

rate-notification = Suelte. { $request }
rate-request = Puntúe el dolor en { $spot }, 0-10
next-notification = Siguiente: { $spot }, { $seconds } s
complete-well-done = { $routine }: buen trabajo.
complete-partly = { $routine }: { $held } de { $total ->
        [one] { $total } presión
       *[other] { $total } presiones
    }.
rep-of = repetición { $rep } de { $reps }

## Consejos tras una puntuación

ease-off-skip = {" "}Pulse x para omitir el resto de este punto.
ease-off = { $rating }/10 es mucho: reduzca la presión en { $spot }.{ $skip }
not-easing = { $spot }: ha pasado de { $from } a { $to }; este punto no mejora, plantéese parar.

## El dolor general

overall-before-after = Dolor general { $before }/10 antes, { $after }/10 después
overall-before = Dolor general { $before }/10 antes
overall-after = Dolor general { $after }/10 después

## Modo texto, a medida que ocurre cada cosa

announce-prepare = Prepárese { $number }/{ $total }: { $spot }, { $tool } ({ $prepare })
announce-hold = Presión { $number }/{ $total }: { $spot }, { $seconds } s
announce-released = Suelte. Mantenida { $held }.
announce-cut-short = Pasó a la siguiente tras { $held }.
announce-skipped = Presión { $number } omitida.
announce-rest = Descanso de { $rest }.{" "}
announce-rate = { $rest }Puntúe el dolor en { $spot } de 0 (sin dolor) a 10 (el peor dolor imaginable), o s para omitir:
announce-rest-over = Fin del descanso. Puntúe para continuar:
announce-rated = Puntuación: { $rating }/10.
announce-not-rated = Sin puntuar.
announce-overall = Dolor general { $rating }/10.
announce-overall-not-given = Dolor general sin indicar.
announce-paused = En pausa; p y luego Enter para reanudar.
announce-still-paused = Sigue en pausa ({ $minutes } min); p y luego Enter para reanudar.
announce-resumed = Reanudada.
announce-extended = Presión alargada { $seconds } s.
announce-spot-skipped = { $count ->
        [one] Omitida la última presión de ese punto.
       *[other] Omitidas las { $count } presiones restantes de ese punto.
    }

## El resumen y las listas de sesiones

summary-complete = Sesión completada
summary-partly = Sesión completada en parte
summary-stopped = Sesión detenida
summary-interrupted = Sesión interrumpida
holds = { $count ->
        [one] { $count } presión
       *[other] { $count } presiones
    }
holds-of = { $held } de { $total ->
        [one] { $total } presión
       *[other] { $total } presiones
    }
holds-of-held = { $held } de { $total ->
        [one] { $total } presión mantenida
       *[other] { $total } presiones mantenidas
    }
holds-held = { $count ->
        [one] { $count } presión mantenida
       *[other] { $count } presiones mantenidas
    }
# Cómo terminó una presión (femenino: "la presión").
hold-held = mantenida
hold-released = soltada
hold-cut-short = acortada
hold-stopped = detenida
hold-skipped = omitida
hold-skipped-for-pain = omitida por dolor
# Cómo terminó una sesión (femenino: "la sesión").
session-completed = completada
session-partly = parcial
session-stopped = detenida
session-interrupted = interrumpida
pain-first-to-last = Dolor, de la primera a la última puntuación
column-spot = punto
column-side = lado
column-rep = rep.
column-held = tiempo
column-rating = dolor
note-kept-short = nota guardada
sides-differ = Los lados difieren: { $gap }
last-time = la última vez { $rating }
not-saved-summary = Aviso: { $notice }. Las puntuaciones de abajo son el único registro.
much-better = mucho mejor
worse = peor
scale-low = 0 sin dolor
scale-high = 10 peor imaginable

## Líneas propias del modo texto

overview-title-by = { $name } (de { $author })
overview-safety-line = Seguridad: { $line }
overview-totals-line = { $holds }, aprox. { $length }.
overall-prompt = { $question }, o s para omitir:
note-prompt-line = { $question }, o Enter para ninguna:
notice-line = Aviso: { $notice }.
caught-up = Aviso: el historial se ha puesto al día; todo lo hecho hasta ahora está guardado.

## La pantalla completa

badge-prepare = PREPÁRESE
badge-hold = PRESIÓN
badge-rate = PUNTÚE
badge-rest = DESCANSO
badge-overview = VISTA GENERAL
badge-summary = RESUMEN
badge-paused = EN PAUSA
badge-not-saved = SIN GUARDAR
position = presión { $number } de { $total }
position-after = tras la presión { $number } de { $total }
screen-rest = Descanso. Deje que la zona se relaje.
screen-rest-over = Fin del descanso: puntúe para continuar.
screen-last-hold = Última presión: puntúela para ver el resumen.
how-tender = { $spot }: ¿cuánto le duele ahora a la presión?
rating-hint-selected = { $value } seleccionado: Enter para confirmar · 0-9, t para 10, ←/→ para cambiar · s omitir
rating-hint = Escriba 0-9, o t (o 1 y luego 0) para 10 · ←/→ · Enter confirma · s omite
keys-title = Teclas (cualquier tecla cierra)
quit-box-question = ¿Salir de la sesión?
quit-box-paused = El reloj está en pausa.
quit-box-kept = Todas las puntuaciones hasta ahora se conservan.
overall-title = Dolor general ahora
overall-when-before = Antes de la primera presión
overall-when-after = Después de la última presión
note-hint = Se guarda con esta sesión.
by = de { $author }
heading-safety = Seguridad
heading-steps = Pasos
step-each-side = cada lado
step-until-released = , hasta soltar
notice = Aviso: { $notice }
totals = { $holds } · aprox. { $length }
totals-more = (↑↓ para ver más)
kept-ahead = Guardadas para las primeras presiones: { $ratings }
kept-ahead-skip = omitir
next-switch = siguiente: { $hold } (cambio de lado)
next-hold = siguiente: { $hold }
next-summary = siguiente: el resumen
worked-side = lado { $side }
too-small = knead necesita al menos { $min }; esta ventana mide { $size }

## knead status: una línea corta para una barra de estado

status-phase-prepare = preparación
status-phase-hold = presión
status-phase-rest = descanso
status-phase-rate = puntuar
status-paused = en pausa
status-nothing-due = nada pendiente
status-due = para hoy: { $routines }
status-reminder = { $due } · aviso { $when } { $routine }
status-due-count = knead: { $count } para hoy
status-tooltip-nothing = knead: nada pendiente hoy
status-tooltip-due = knead: para hoy: { $routines }

## La pantalla de inicio

home-badge = KNEAD
home-due-today = { $count } para hoy · { $today }
home-new-name = Nombre de la nueva rutina:
home-filter = filtro: { $filter } (Esc lo borra)
home-no-routines = No se han encontrado rutinas.
home-no-match = Ninguna rutina coincide con «{ $filter }».
home-yours = Sus rutinas
home-bundled = Incluidas
home-column-length = Duración
home-column-last-done = Última vez
home-column-week = Semana
home-invalid = no válida
home-due = pendiente
home-never = nunca
home-today-at = hoy { $time }
home-yesterday = ayer
home-days-ago = hace { $days } días
home-weeks-ago = hace { $weeks } semanas

## La pantalla del historial

history-badge = HISTORIAL
history-empty = Aún no hay sesiones: el historial se va llenando a medida que puntúa las presiones.
history-cannot-show = No se puede mostrar el historial: { $why }
history-totals = { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } · { $spots ->
        [one] { $spots } punto
       *[other] { $spots } puntos
    }
history-spots = Puntos
history-latest-pain = Dolor más reciente
history-sessions = Sesiones, la más reciente primero
history-session = Sesión
history-weeks = Sesiones por semana
history-weeks-routines = Sesiones por semana · { $count } rutinas
history-no-weeks = No hay sesiones en las últimas cuatro semanas.
history-aim = (objetivo { $aim })
history-this-week = { $count } esta semana
history-before = antes: { $first }, { $second }, { $third }
history-sides-differ = los lados difieren: { $gap }
history-last = últimas: { $values }
history-mean = media { $mean }
history-no-end = sin final registrado
column-outcome = resultado
history-again = (repetida)
history-held-of = { $held } de { $planned }

## Días y meses

date-weekday-day-month = { $weekday } { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
weekday-mon = lun
weekday-tue = mar
weekday-wed = mié
weekday-thu = jue
weekday-fri = vie
weekday-sat = sáb
weekday-sun = dom
month-jan = ene
month-feb = feb
month-mar = mar
month-apr = abr
month-may = may
month-jun = jun
month-jul = jul
month-aug = ago
month-sep = sep
month-oct = oct
month-nov = nov
month-dec = dic
summary-line-held = mantenida { $held },{" "}
summary-line-hold = {"  "}{ $number }. { $spot }, rep. { $rep }: { $held }{ $result }{ $last }
summary-change-side = { $side } de { $first } a { $last }
summary-change = de { $first } a { $last }
summary-done = { $done } de { $total ->
        [one] { $total } presión hecha
       *[other] { $total } presiones hechas
    }
summary-time-held = { $held } de presión
summary-not-reached = no alcanzada

## Las medidas de resultado: actividades (Escala Funcional Específica del Paciente, PSFS) y
## la impresión global de cambio del paciente (PGIC)

activity-title = ¿Hasta qué punto puede hacerlo ahora?
activity-low = 0 incapaz
activity-high = 10 como antes del problema
activity-count = Actividad { $number } de { $total }
activity-prompt = { $count }: { $activity }. ¿Hasta qué punto puede hacerlo ahora, de 0 (incapaz) a 10 (como antes del problema)? Escríbalo y pulse Enter (s para omitir).
activities-first = Antes de empezar, puntúe hasta qué punto puede hacer ahora cada una de estas actividades.
activity-how = Escriba un número de 0 (incapaz) a 10 (como antes del problema), o s para omitir.
activity-rated = { $activity }: { $rating }/10.
activity-skipped = { $activity }: omitida.
activity-skipped-word = omitida
activity-mean = Actividades { $mean }/10 de media
activities-none-rated = Actividades, ninguna puntuada:
change-title = Desde el inicio del programa
change-asked = ¿Cómo ha cambiado su problema?
change-choose = elegir
change-question = Desde que empezó el programa, ¿cómo ha cambiado su problema?
change-type = Escriba el número y pulse Enter (s para omitir).
change-how = Escriba un número de 1 (muchísimo mejor) a 7 (muchísimo peor), o s para omitir.
change-rated = Desde el inicio del programa: { $answer }.
change-not-given = Cambio desde el inicio del programa: sin respuesta.
change-short = Cambio: { $answer }
change-said = Desde el inicio del programa: { $answer } (final de la fase { $phase })
change-not-answered = sin respuesta
note-said = Nota: { $note }
# Las siete respuestas de la PGIC/PGI-I en su versión española para pacientes.
impression-very-much-improved = muchísimo mejor
impression-much-improved = mucho mejor
impression-minimally-improved = un poco mejor
impression-no-change = sin cambios
impression-minimally-worse = un poco peor
impression-much-worse = mucho peor
impression-very-much-worse = muchísimo peor

## Lo que dice la voz (los números llegan en palabras, de las palabras numéricas de knead)

speech-hold = Presione.
speech-halfway = Mitad del tiempo.
speech-paused = En pausa.
speech-still-paused = Sigue en pausa. Pulse p para continuar.
speech-resumed = Continuamos.
speech-skipped = Se omite el resto de este punto.
# Dicho en voz alta, «y» sola se oiría como la conjunción: se nombra la letra.
speech-quit-asked = ¿Salir de la sesión? Pulse la tecla ese para salir, o cualquier otra tecla para continuar.
speech-release = Suelte. Puntúe el dolor, de cero a diez.
speech-released = Suelte.
speech-activity = { $activity }. ¿Hasta qué punto puede hacerlo ahora? De 0, incapaz, a 10, como antes del problema.
speech-change = Desde que empezó el programa, ¿cómo ha cambiado su problema? 1, muchísimo mejor. 4, sin cambios. 7, muchísimo peor.
speech-left = Tiempo restante: { $length }.
speech-begin = Pulse Enter para empezar.
speech-getting-ready = Preparación: { $spot }.
speech-holding = Presión en { $spot }.
speech-resting-next = Descanso. Siguiente: { $spot }.
speech-resting = Descanso.
speech-side-spot = { $side }: { $spot }
# "primera de tres": la presión (femenino).
speech-rep-ordinal = { $rep ->
        [1] primera
        [2] segunda
        [3] tercera
        [4] cuarta
        [5] quinta
        [6] sexta
        [7] séptima
        [8] octava
        [9] novena
       *[10] décima
    } de { $total }
speech-rep-number = número { $rep } de { $total }
speech-rate = Puntúe el dolor en { $spot }, de cero a diez.
speech-ease-off-skip = Es mucho: reduzca un poco la presión, o pulse x para omitir el resto de este punto.
speech-ease-off = Es mucho: reduzca un poco la presión.
speech-next-rep = Siguiente: { $spot }, { $which }.
speech-next = Siguiente: { $spot }.
# Los números llegan en masculino ("uno"): "una presión" se escribe aquí.
speech-end-complete = { $title }. { $count ->
        [one] Una presión
       *[other] { $total } presiones
    }.
# "Una de cinco presiones", no "uno de cinco": $held es la palabra del número.
speech-end-partly = { $title }. { $held ->
        [uno] Una
       *[other] { $held }
    } de { $count ->
        [one] una presión
       *[other] { $total } presiones
    }.
# Ante un sustantivo masculino, "uno" se apocopa: "un segundo", "veintiún segundos",
# "treinta y un segundos".
speech-seconds = { $count ->
        [one] un segundo
        [21] veintiún segundos
        [31] treinta y un segundos
        [41] cuarenta y un segundos
        [51] cincuenta y un segundos
       *[other] { $words } segundos
    }
speech-minutes = { $count ->
        [one] un minuto
        [21] veintiún minutos
        [31] treinta y un minutos
        [41] cuarenta y un minutos
        [51] cincuenta y un minutos
       *[other] { $words } minutos
    }

## Teclas: qué hace cada una en el pie de pantalla (corto) y en la lista de ?

key-begin = empezar
key-something-changed = algo ha cambiado
key-released = soltar
key-confirm = confirmar
key-end = fin
key-next = avanzar
key-back = atrás
key-rate = puntuar
key-skip = omitir
key-skip-spot = omitir punto
key-quit = salir
key-keep-going = seguir
key-close = cerrar
key-note = nota
key-save = guardar
key-cancel = cancelar
key-scroll = desplazar
key-move = mover
key-spot = punto
key-next-list = otra lista
key-open-session = abrir sesión
key-map-chart = mapa/gráfico
key-help = ayuda
key-open = abrir
key-history = historial
key-new = nueva
key-where-does-it-hurt = ¿dónde le duele?
key-filter = filtrar
key-keys = teclas
key-done = listo
key-choose = elegir
key-front-back = delante/detrás
key-type-a-place = escribir zona
key-yes = sí
key-no = no
key-take-leave = incluir/quitar
key-run-now = empezar ya
key-pause = pausa
key-resume = reanudar
key-mute = silenciar
key-sound-on = con sonido
key-voice-off = sin voz
key-voice-on = con voz

help-begin-confirm-released = empezar · confirmar · soltar
help-stop-rules-again-overview = criterios de parada (vista general)
help-pause-resume = pausa / reanudar
help-next-a-hold-ends-then-rate = avanzar (fin de presión; puntuar)
help-go-back-one-hold = volver una presión atrás
help-add-15-s-to-this-hold = añadir 15 s a esta presión
help-rate-t-or-1-then-0-for-10 = puntuar; t (o 1 y 0) para 10
help-change-the-rating = cambiar la puntuación
help-skip-the-rating = omitir la puntuación
help-typed-early-kept-for-the-rating = anticipada: se guarda para puntuar
help-skip-the-rest-of-a-sore-spot = omitir el resto de un punto doloroso
help-sound-voice-off-on = sonido / voz: quitar, poner
help-say-the-spot-phase-and-time-left = decir punto, fase y tiempo restante
help-quit-asks-ratings-are-kept = salir (pregunta; guarda lo puntuado)
help-a-note-for-your-therapist-summary = nota a su fisioterapeuta (resumen)
help-suspend-fg-comes-back = suspender; fg para volver
help-open-enter-again-begins = abrir; otro Enter empieza
help-move-between-routines = moverse entre rutinas
help-your-history = su historial
help-a-new-routine-in-your-editor = nueva rutina, en su editor
help-where-does-it-hurt = ¿dónde le duele?
help-filter-by-name = filtrar por nombre
help-clear-the-filter-or-quit = borrar el filtro, o salir
help-choose-the-place-or-click-it-twice = elegir la zona (o doble clic)
help-move-the-marker-or-between-muscles = mover el marcador, o entre músculos
help-turn-the-body-front-or-back = girar el cuerpo: delante o detrás
help-type-the-place-temple-heel = escribir la zona (sien, talón)
help-answer-a-red-flag-question = responder a una bandera roja
help-take-or-leave-a-muscle = incluir o quitar un músculo
help-run-the-routine-now = hacer la rutina ahora
help-save-it-as-a-routine-of-your-own = guardarla como rutina propia
help-back-to-the-body-map = volver al mapa del cuerpo

## La línea de una rutina prescrita en la vista general

headline-week = Semana { $week } de { $weeks }
headline-phase = fase { $phase } de { $phases }
headline-sessions-of = { $done } de { $aim } sesiones esta semana
headline-sessions = { $done ->
        [one] { $done } sesión esta semana
       *[other] { $done } sesiones esta semana
    }
headline-before = Empieza el { $start } ({ $days ->
        [one] mañana
       *[other] dentro de { $days } días
    }) · esta sesión sigue la pauta de la semana 1{ $phase }
headline-after = Terminó el { $end } ({ $days ->
        [one] hace 1 día
       *[other] hace { $days } días
    }) · esta sesión sigue la pauta de la semana { $weeks }{ $phase }

## Los criterios de parada, preguntados antes de una sesión prescrita

rules-your-therapist = su fisioterapeuta
rules-before = Antes de empezar: { $who } le ha pedido que pare y se ponga en contacto si hoy se cumple alguna de estas condiciones.
# «y» (sí) y «n» (no) entre comillas: son las teclas, no la conjunción.
rules-ask = ¿{ $rule }? Escriba «s» (sí) o «n» (no){ $typing ->
        [lines] {" "}y pulse Enter
       *[keys] {""}
    }:
rules-please = Por favor, escriba «s» (sí) o «n» (no){ $typing ->
        [lines] {" "}y pulse Enter
       *[keys] {""}
    }:
rules-then-stop = Entonces pare aquí y póngase en contacto con { $who } antes de continuar: puede que haya que cambiar el programa.
rules-start-anyway = Para empezar de todos modos, escriba s{ $typing ->
        [lines] {" "}y pulse Enter
       *[keys] {""}
    }; cualquier otra cosa termina sin sesión.
rules-no-answer = sin respuesta, así que no hay sesión; vuelva a ejecutarla cuando lo desee
rules-kept = Su respuesta se guarda para { $who }, y hoy no hay sesión, como se le indicó.
rules-not-kept = Hoy no hay sesión, como se le indicó. No se pudo guardar su respuesta ({ $why }): por favor, comuníqueselo usted a { $who }.
rules-answer-not-kept = no se pudo guardar su respuesta ({ $why }); la sesión la guarda en su propio registro

## Avisos discretos sobre las salidas

audio-built-in-sound = se usa el sonido integrado para { $sound }
audio-no-server = no hay servidor de sonido (PulseAudio o PipeWire)
audio-no-device = no hay dispositivo de audio
audio-bell-only = { $missing }: solo el timbre del terminal
audio-visual-only = { $missing }: solo avisos visuales
notifications-off = notificaciones desactivadas: { $why }
notifications-off-no-bus = notificaciones desactivadas: no hay sesión de D-Bus
history-not-saved-no-folder = esta sesión no se está guardando: no hay carpeta de datos
history-not-saved-writer = esta sesión no se está guardando: no se pudo iniciar el proceso que la guarda ({ $why })
history-not-saved-stopped = esta sesión no se está guardando: el proceso que la guardaba se ha detenido
summary-count-cut-short = { $count ->
        [one] { $count } acortada
       *[other] { $count } acortadas
    }
summary-count-stopped = { $count ->
        [one] { $count } detenida
       *[other] { $count } detenidas
    }

## Las vistas del mapa corporal, y el consejo junto a una herramienta conocida durante una presión

view-front = vista anterior
view-back = vista posterior
view-front-short = delante
view-back-short = detrás
tool-hint-ball = Deje que el peso del cuerpo trabaje; ruede despacio hasta el punto sensible.
tool-hint-lacrosse-ball = Pelota dura: entre poco a poco, hasta unos 6/10; suelte el aire despacio.
tool-hint-tennis-ball = Pelota blanda: empiece suave; cargue más peso a medida que el punto cede.
tool-hint-golf-ball = Pequeña y dura: presione suave al principio y ruede despacio.
tool-hint-stick = Ruede con las dos manos, despacio; deténgase donde esté sensible.
tool-hint-elbow = Apóyese con el antebrazo junto al codo, nunca con la punta del codo.
tool-hint-peanut-ball = Una pelota a cada lado de la columna; nunca sobre el hueso.
tool-hint-foam-roller = Ruede despacio, deténgase en el punto sensible y siga respirando.
tool-hint-thumb = Presione con el pulgar recto; apóyelo con la otra mano.
tool-hint-knuckles = Nudillos planos y muñeca recta; presione poco a poco.
tool-hint-fingers = Superponga las yemas de los dedos; presione y mantenga sin moverse.
tool-hint-theracane = Tire del gancho con suavidad; deje que la herramienta trabaje.
tool-hint-ice-pack = Ponga un paño entre la bolsa de frío y la piel.
tool-hint-heat-pack = Tibio, nunca caliente; un paño entre la bolsa y la piel.
tool-hint-massage-gun = Velocidad mínima y siempre en movimiento; evite el hueso y la parte delantera del cuello.

## El estado del sonido en la cabecera

sound-none = sin sonido
sound-muted = silenciado
sound-bell = timbre
sound-volume = sonido { $volume } %
sound-voice = voz

## El informe para el fisioterapeuta

report-yours = sus sesiones
report-of-client = sesiones de { $client }
report-title = Informe de knead: { $who }
report-no-sessions-yet = Aún no hay sesiones
report-span = Del { $from } al { $to }
report-generated = { $span } · { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } · generado el { $generated }
report-clocks = Los días y las horas son { $client ->
        [1] los del paciente
       *[0] los suyos
    }, en la hora local de cada sesión: { $clocks }.
report-system-zone = la zona horaria del sistema
report-clock-unkept = { $zone }, la de este informe (la sesión es de antes de que knead guardara la zona horaria)
report-made-by = Elaborado con knead. Puntuaciones: 0 sin dolor, 10 el peor dolor imaginable.
report-prescription = Prescripción: { $prescription }.
report-file-changed = El archivo de la rutina se modificó ({ $days }): las sesiones a partir del { $last } siguieron su versión más reciente.
report-needs-attention = Requiere atención
report-adherence = Adherencia
report-col-programme-week = Semana del programa
report-col-sessions = Sesiones
report-done-of = { $done } de { $aim }
report-average-programme = De media, { $mean } sesiones a la semana de { $routine } en { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de programa hasta ahora.
report-average = De media, { $mean } sesiones a la semana en { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
report-col-week = Semana
report-last-12-weeks = Las últimas 12 semanas.
report-main-outcome = Resultado principal
report-better = mejor
report-worse = peor
report-one-session = una sola sesión por ahora
report-no-important-change = sin cambio relevante
report-col-spot = Punto
report-col-first = Inicial
report-col-latest = Más reciente
report-col-change = Cambio
report-col-important = Cambio relevante
report-col-verdict = Valoración
# "punto" aquí es un punto de la escala 0-10, como en la práctica clínica ("2 puntos en la EVN").
report-outcome-note = Dolor de 0 a 10: la media de cada sesión para ese punto. Un cambio es relevante a partir de { $low } punto si la primera puntuación es menor que 4, de { $middle } puntos si está entre 4 y 6, y de { $high } puntos si es de 7 o más.
report-activities = Actividades (Escala Funcional Específica del Paciente, PSFS)
report-rated-once = puntuada una sola vez por ahora
report-activities-mean = Media de las actividades
report-col-activity = Actividad
report-activities-note = Cada actividad se puntúa de 0 (incapaz) a 10 (como antes del problema) en la primera sesión de cada semana del programa; cuanto más alta la puntuación, mejor. Un cambio de { $mcid } puntos es relevante (Stratford 1995).
report-global-change = Impresión global de cambio
report-end-of-phase = final de la fase { $phase }
report-col-day = Día
report-col-asked-at = Momento
report-col-since = Desde el inicio del programa
report-change-note = Siete respuestas, de muchísimo mejor a muchísimo peor (Impresión Global de Cambio del Paciente, PGIC).
report-col-phase = Fase
report-col-weeks-with-sessions = Semanas con sesiones
report-col-hold-prescribed = Presión prescrita
report-col-held-on-average = Mantenida de media
report-pain-by-spot = Dolor por punto
report-no-ratings = Aún no hay puntuaciones.
report-spot-note = El valor de una sesión es la media de sus puntuaciones de ese punto. El mapa muestra la puntuación más reciente de cada punto.
report-map-alt = Dolor más reciente sobre el cuerpo
report-left-and-right = Lados izquierdo y derecho
report-no-side-gap = Ningún punto difiere en 2 o más entre sus lados.
report-side-gaps = Lados que difieren en 2 o más en su puntuación más reciente:
report-weekly-means = Medias semanales.
report-trend-alt = Evolución de { $region }
report-col-left = Lado izquierdo
report-col-right = Lado derecho
report-col-no-side = Sin lado
report-spot-table-note = De la primera a la última sesión, el cambio («mejor» o «peor» cuando es tan grande como el cambio relevante del resultado principal) y las últimas sesiones de ▁ (0) a █ (10).
# $who es "Izquierdo: ", "Derecho: " o nada; "primera" y "última" son sesiones.
report-change-words = { $who }primera { $first }, última { $last } ({ $change })
report-nothing-flagged = Nada: ninguna puntuación igual o superior al stop_above de la rutina (o a { $high }), ningún punto que haya empeorado { $worse } o más ni que vaya en aumento, ningún intervalo de { $days } días sin sesión, ninguna nota.
report-adherence-prescribed = { $done } de { $total } sesiones prescritas de { $routine } ({ $percent } %) en las semanas 1-{ $weeks } ({ $aim } a la semana).
report-days-last-30 = Días con sesión en los últimos 30 días (hasta el { $today }): { $days }.
report-holds-held = Presiones mantenidas en { $sessions ->
        [1] la sesión
        [2] ambas sesiones
       *[other] las { $sessions } sesiones
    }: { $held } de { $planned } { $known ->
        [1] previstas
       *[0] previstas (en las sesiones de antes de que knead guardara lo previsto, se cuentan las registradas)
    }.
report-time-to-release = Tiempo hasta que el punto cede
report-col-last = Final
report-release-note = Presiones que la persona terminó cuando el punto cedió; un tiempo más corto indica que el punto cede antes.
report-often-skipped = Presiones omitidas o acortadas con frecuencia
# Tras "Presiones omitidas…" y tras "Sesiones": las dos, femeninas.
report-none = Ninguna.
report-col-holds = Presiones
report-col-skipped = Omitidas
report-col-cut-short = Acortadas
report-sessions = Sesiones
report-col-date = Fecha
report-col-time = Hora
report-col-routine = Rutina
report-col-outcome = Resultado
report-col-pain = Dolor
report-col-note = Nota
report-before-start = antes del inicio
report-after-end = después del final
report-prescribed = { $routine } durante { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }, del { $start } al { $end }
report-prescribed-aim = { $aim ->
        [one] { $aim } sesión a la semana
       *[other] { $aim } sesiones a la semana
    }
report-latest-week-phase = última sesión: semana { $week }, fase { $phase }
report-latest-week = última sesión: semana { $week }

## Las alertas del informe, bajo «Requiere atención»

flag-high = { $day }: puntuación de { $rating }/10 en { $spot } ({ $routine })
flag-worse = { $spot }: ha empeorado; primera sesión { $first }, última { $last } ({ $change })
flag-rising = { $spot }: puntuación más alta en cada una de sus tres últimas sesiones
flag-gap-open = ninguna sesión desde el { $from } ({ $days } días hasta el { $to })
flag-gap = { $days } días sin sesión, del { $from } al { $to }
flag-skipped-for-pain = { $day }: { $holds ->
        [one] { $holds } presión omitida
       *[other] { $holds } presiones omitidas
    } en { $spot } tras el consejo de reducir la presión (demasiado dolor)
flag-stop-rule-applied = se cumplió un criterio de parada
# $rules: cada criterio entre comillas, unidos por flag-and.
flag-yes-to = respondió «sí» a { $rules }
flag-and = y
flag-stop-rule-went-on = { $day }: { $which } antes de { $routine }, y aun así se hizo la sesión
flag-stop-rule-stopped = { $day }: { $which } antes de { $routine }; no hubo sesión, como se le indicó
flag-felt-worse = { $day }: «{ $answer }» desde el inicio del programa (final de la fase { $phase })

## Recordatorios: la notificación que pregunta

nudge-time-for = Es hora de { $routine } ({ $length })
nudge-start = Empezar
nudge-later = { $minutes ->
        [one] Dentro de { $minutes } minuto
       *[other] Dentro de { $minutes } minutos
    }
nudge-skip = Omitir

## knead regions

regions-col-region = región
regions-col-sides = lados
regions-col-view = vista
regions-col-also = otros nombres
regions-any-form = En mayúsculas o minúsculas, en singular o en plural. `knead regions NOMBRE` muestra una en el cuerpo.
regions-also = otros nombres: { $names }
regions-left-marked = { $view }, con el lado izquierdo marcado

## El recordatorio del modo texto de las palabras que entiende

plain-keys = Teclas: Enter (empezar / soltado), { $keys }.

## Los gráficos del informe

chart-last = último { $day }

## The first letter of yes and of no, taken besides y and n

answer-yes-key = s
answer-no-key = n

# Keys named on the footers and in the ? list (letters, arrows, Enter, Esc and Tab stay as printed).
keyname-space = Espacio
keyname-ctrl = Ctrl

## Los utensilios que knead conoce: nombre y, en .aliases, otros nombres separados por comas.
tool-name-ball = pelota de masaje
    .aliases = pelota, bola de masaje
tool-name-lacrosse-ball = pelota de lacrosse
    .aliases = bola de lacrosse
tool-name-tennis-ball = pelota de tenis
    .aliases = bola de tenis
tool-name-golf-ball = pelota de golf
    .aliases = bola de golf
tool-name-peanut-ball = pelota doble
    .aliases = pelota cacahuete, cacahuete
tool-name-foam-roller = rodillo de espuma
    .aliases = rodillo, rulo de espuma
tool-name-stick = barra de masaje
    .aliases = barra, stick de masaje
tool-name-thumb = pulgar
    .aliases = pulgares
tool-name-knuckles = nudillos
    .aliases = nudillo
tool-name-fingers = dedos
    .aliases = yemas de los dedos, mano, manos
tool-name-elbow = codo
    .aliases = antebrazo
tool-name-theracane = gancho de masaje
    .aliases = gancho
tool-name-massage-gun = pistola de masaje
    .aliases = pistola de percusión
tool-name-ice-pack = bolsa de hielo
    .aliases = hielo
tool-name-cold-pack = bolsa de frío
    .aliases = compresa fría, bolsa de gel
tool-name-heat-pack = bolsa de calor
    .aliases = compresa caliente, almohadilla térmica, bolsa de agua caliente
