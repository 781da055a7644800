## knead check: los diagnósticos y las líneas de ayuda sobre un archivo de rutina, en español.
## Las claves, tablas y valores de TOML (name, [[step]], "60s", true) se dejan tal como se escriben, como en Cargo.

check-error = error
check-warning = advertencia
check-help = ayuda

# Lo que resultó ser un valor, en "hold debe ser texto entre comillas; se encontró un número".
check-kind-text = texto
check-kind-number = un número
check-kind-decimal = un número decimal
check-kind-boolean = true/false
check-kind-date = una fecha
check-kind-list = una lista
check-kind-table = una tabla

check-no-name = la rutina no tiene nombre
check-no-name-help = añada una línea como name = "Pausa en la oficina" al principio del archivo
check-no-steps = la rutina no tiene pasos
check-no-steps-help = añada al menos un [[step]] con region, tool y hold
check-step-not-list = step debe ser una lista de tablas; se encontró { $found }
check-step-not-list-help = escriba cada paso bajo su propio encabezado [[step]], con corchetes dobles
check-too-many-steps = una rutina puede tener como máximo { $most } pasos, y esta tiene { $found }
check-too-many-steps-help = divídala en varias rutinas
check-step-not-table = cada paso debe ser una tabla; se encontró { $found }
check-step-not-table-help = escriba cada paso bajo su propio encabezado [[step]]
check-defaults-not-table = defaults debe ser una tabla; se encontró { $found }
check-defaults-not-table-help = escriba [defaults] en una línea aparte, con los campos de los pasos debajo
check-step-lacks = el paso { $number } no tiene { $key }
check-step-lacks-help = añada { $key } = { $example } a este paso
check-step-lacks-default-help = añada { $key } = { $example } a este paso, o indíquelo una sola vez en [defaults]
check-no-default = { $key } no puede tener un valor predeterminado
check-no-default-help = en su lugar, indique { $key } en cada [[step]]

check-prescription-not-table = prescription debe ser una tabla; se encontró { $found }
check-prescription-not-table-help = escriba [prescription] en una línea aparte, con sus claves debajo
check-prescription-lacks = la prescripción no tiene { $key }
check-prescription-lacks-help = añada { $key } = { $example } bajo [prescription]
check-phase-not-list = phase debe ser una lista de tablas; se encontró { $found }
check-phase-not-table = cada fase debe ser una tabla; se encontró { $found }
check-phase-header-help = escriba cada fase bajo su propio encabezado [[prescription.phase]]
check-phase-clash = esta entrada y otra situada más arriba, ambas a partir de la semana { $week }, fijan { $key } para el paso { $step }
check-phase-clash-help = fije cada clave una sola vez por paso y semana: incluya el paso en steps de una sola entrada
check-phase-no-week = esta fase no tiene from_week
check-phase-no-week-help = añada from_week = 3 para indicar la semana en que empieza
check-phase-after-end = esta fase empieza en la semana { $week }, pero la prescripción dura { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }
check-phase-after-end-help = haga que empiece como muy tarde en la semana { $weeks }, o aumente weeks
check-phase-out-of-order = esta fase empieza en la semana { $week }, antes que la fase situada encima (semana { $above })
check-phase-out-of-order-help = ordene las fases según la semana en que empiezan
check-steps-empty = steps = [] no indica ningún paso
check-steps-empty-help = indique los pasos que cambia, u omita steps para cambiar todos los pasos
check-phase-changes-nothing = la fase que empieza en la semana { $week } no cambia nada
check-phase-changes-nothing-help = indique un valor nuevo de hold, rest, prepare o reps
check-no-such-step = no existe el paso { $number }: la rutina tiene { $count ->
        [one] { $count } paso
       *[other] { $count } pasos
    }
check-no-such-step-help = cuente las tablas [[step]] desde el principio del archivo, empezando por 1
check-step-twice = el paso { $number } aparece dos veces
check-step-twice-help = incluya cada paso una sola vez
# Una advertencia sobre la presión de una fase: "a partir de la semana 3, una presión mantenida de 3m es larga".
check-from-week = a partir de la semana { $week }, { $message }

check-session-takes = una sesión dura { $took }
check-session-takes-in-phase = una sesión dura { $took } en la fase { $phase }
check-session-over-a-day = { $takes }: más de un día
check-session-over-a-day-help = knead hace sesiones de hasta 24h; reduzca los pasos, las repeticiones o los lados, o acorte las presiones y los descansos
check-session-long-help = más de 2h es mucho tiempo para seguir un temporizador; reduzca los pasos, las repeticiones o los lados, acorte las presiones y los descansos, o divídala

# Dónde se encontró una clave desconocida: "clave desconocida "reps" en la rutina".
check-in-routine = la rutina
check-in-step = un paso
check-in-phase = una fase
check-unknown-key = clave desconocida { $key } en { $table }
check-did-you-mean = ¿quiso decir { $key }?
check-phase-in-prescription = una fase forma parte de la prescripción: escríbala bajo [[prescription.phase]]
check-key-in-prescription = la clave { $key } forma parte de la prescripción: escríbala bajo [prescription]
check-key-in-step = { $key } es un campo de los pasos: escríbalo en un [[step]] o en [defaults]
check-key-in-routine = la clave { $key } se aplica a toda la rutina: muévala encima de la primera tabla
check-key-not-in-phase = una fase solo puede cambiar hold, rest, prepare y reps; { $key } conserva el valor que le da el paso
check-keys-allowed = las claves permitidas aquí son { $keys }
check-set-twice = { $key } se define dos veces
check-set-twice-help = cada clave puede aparecer una sola vez por tabla; elimine una de las dos
check-invalid-toml = TOML no válido: { $message }
check-unquoted-help = ponga el texto entre comillas dobles, como region = "calf"
check-unclosed-string-help = cierre el texto con " en la misma línea, o use comillas """ para un texto de varias líneas
check-unclosed-table-help = el encabezado de un paso se escribe [[step]], con dos corchetes a cada lado

# Un valor de tipo incorrecto o fuera de rango. { $key } es la clave de TOML; { $found }, lo escrito.
check-must-be = { $key } debe ser { $expected }; se encontró { $found }
check-each-must-be = cada elemento de { $key } debe ser { $expected }; se encontró { $found }
check-in-brackets-help = ponga el texto entre corchetes: { $key } = [{ $written }]
check-between = { $key } debe estar entre { $min } y { $max }; se encontró { $found }
check-at-most = { $key } debe ser como máximo { $max }; se encontró { $found }
check-each-step-number = cada elemento de { $key } debe ser un número de paso a partir de 1; se encontró { $found }
check-unquote-number-help = escriba el número sin comillas: { $key } = { $written }
check-calendar-day = { $key } debe ser un día del calendario como 2026-11-02; se encontró { $found }
check-calendar-day-help = escríbalo como fecha: { $key } = 2026-11-02
check-day-without-time-help = escriba solo el año, el mes y el día, sin hora
check-whole-number = { $key } debe ser un número entero de { $min } a { $max }; se encontró { $found }
check-duration = { $key } debe ser una duración como "90s" o "1m30s"; se encontró { $found }
check-whole-seconds = { $key } debe ser un número entero de segundos; se encontró { $found }
check-empty = { $key } no puede estar vacío
check-too-long = { $key } tiene { $length } caracteres; en la pantalla caben como máximo { $limit }
check-too-long-help = acórtelo a { $limit } caracteres como máximo
check-invisible = { $key } contiene el carácter invisible { $character }
check-invisible-help = elimínelo: con caracteres invisibles, dos nombres que se ven iguales resultan distintos
check-single-line = { $key } debe ocupar una sola línea
check-single-line-help = los saltos de línea solo se permiten en description y cue; en safety y stop_if, escriba cada línea como un elemento aparte: ["...", "..."]
check-control = { $key } contiene el carácter de control { $character }
check-control-help = elimínelo: los caracteres de control podrían alterar el terminal
check-each-line-text = cada línea de { $key } debe ser texto entre comillas; se encontró { $found }
check-each-text = cada elemento de { $key } debe ser texto entre comillas; se encontró { $found }
check-activities-too-many = { $key } enumera { $count } actividades; la escala puntúa como máximo { $most }
check-activities-too-many-help = conserve las cinco que al paciente le resulten más difíciles
check-activity-length = cada actividad de { $key } debe tener de { $least } a { $most } caracteres, y esta tiene { $found }
check-activity-length-help = indique qué le cuesta al paciente y cuándo: "girar la cabeza al conducir"
check-activity-twice = "{ $activity }" aparece dos veces en { $key }
check-activity-twice-help = elimínela, o indique en qué se diferencia de la actividad { $number }

# Lo que admite una clave, en "hold debe ser { $expected }; se encontró ...".
check-expect-text = texto entre comillas
check-expect-lines = una lista de líneas de texto, como ["...", "..."]
check-expect-duration = una duración como "90s" o "1m30s", o un número entero de segundos
check-expect-whole = un número entero de { $min } a { $max }
check-expect-words = una lista de palabras, cada una de ellas { $words }
check-expect-boolean = true o false
check-expect-steps = una lista de tablas [[step]]
check-expect-date = una fecha como 2026-11-02
check-expect-step-numbers = una lista de números de paso, como [1, 2]
check-expect-phases = una lista de tablas [[prescription.phase]]
check-expect-activities = una lista de actividades, como ["...", "..."]
# La última de varias palabras admitidas: "left", "right" o "both".
check-one-of = { $first } o { $last }

duration-empty = la duración está vacía
duration-negative = una duración no puede ser negativa
duration-fractional = las duraciones son segundos o minutos enteros
duration-no-unit = "{ $number }" no tiene unidad
duration-unknown-unit = "{ $unit }" no es una unidad
duration-order = las unidades deben ir en el orden h, m, s, y cada una una sola vez
duration-too-large = el número es demasiado grande
duration-accepted = escríbala como "90s", "1m30s", "1m 30s" o 90 (segundos enteros)

check-unknown-region = knead no conoce la región "{ $region }"
check-unknown-region-help = se muestra tal como está escrita, sin un lugar en el mapa corporal; `knead regions` muestra las regiones que knead conoce
check-unknown-tool = knead no conoce la herramienta "{ $tool }"
check-unknown-tool-help = se muestra tal como está escrita, sin consejo; knead conoce pelotas, rodillos de espuma, barras de masaje, pulgares, nudillos, codos, ganchos, pistolas de masaje y bolsas de frío y de calor
check-hold-long = una presión mantenida de { $hold } es larga
check-hold-long-help = la compresión de un punto gatillo suele durar 30-90s; mantenga las presiones en 2m o menos
check-hold-short = una presión mantenida de { $hold } es muy corta
check-hold-short-help = un punto gatillo necesita 30-90s para ceder; mantenga la presión al menos 10s
# { $what } es "cold" (frío) o "heat" (calor).
check-thermal-long = { $what ->
        [cold] { $hold } de frío es demasiado tiempo
       *[heat] { $hold } de calor es demasiado tiempo
    }
check-thermal-long-help = { $what ->
        [cold] limite las aplicaciones de frío a 20m o menos para no dañar la piel
       *[heat] limite las aplicaciones de calor a 20m o menos para no dañar la piel
    }
check-no-barrier = { $what ->
        [cold] el paso de frío sobre { $region } no menciona en ningún momento un paño ni otra barrera
       *[heat] el paso de calor sobre { $region } no menciona en ningún momento un paño ni otra barrera
    }
check-no-barrier-help = indique en cue o en una línea de safety que se mantenga un paño entre la bolsa y la piel
check-stop-above-high = stop_above = { $value } solo aconseja reducir la presión ante el peor dolor
check-stop-above-high-help = la presión debería mantenerse en torno a 6-7/10; 8 es el umbral habitual

## El plan que `knead check` muestra para una rutina prescrita.
plan-prescription = prescripción: { $head }
plan-weeks = { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } del { $start } al { $end }
plan-per-week = { $sessions ->
        [one] { $sessions } sesión a la semana
       *[other] { $sessions } sesiones a la semana
    }
plan-by = por { $by }
plan-for = para { $client }
plan-week = semana { $week }
plan-weeks-from-to = semanas { $first }-{ $last }
plan-as-written = tal como está escrita
plan-phase = fase { $number }, { $weeks }: { $changes } · { $summary }
plan-step = paso { $number } { $region }: presión { $hold }, descanso { $rest }, { $reps ->
        [one] { $reps } repetición
       *[other] { $reps } repeticiones
    }
plan-shorter-hold = más corta que en la fase { $phase } ({ $hold }): esta fase no fija la presión
plan-stop-if = parar si: { $reason }
plan-activities = actividades, puntuadas de 0 a 10 en la primera sesión de cada semana:
plan-pgic = impresión global de cambio, preguntada en la última sesión de cada fase y del programa
# Tras los cambios de una fase: "hold 90s (pasos 1, 2)". Las claves (hold, rest, reps) se dejan tal como se escriben.
plan-change-steps = { $count ->
        [one] paso { $steps }
       *[other] pasos { $steps }
    }
# Una línea para las listas: "3 pasos, 6 presiones, 7m40s".
routine-summary = { $steps ->
        [one] { $steps } paso
       *[other] { $steps } pasos
    }, { $holds ->
        [one] { $holds } presión
       *[other] { $holds } presiones
    }, { $time }

## Tras los diagnósticos: "neck.toml: válido: 3 pasos, 6 presiones, 7m40s (1 advertencia)".
check-valid = válido: { $summary }
check-valid-with-warnings = válido: { $summary } ({ $warnings ->
        [one] { $warnings } advertencia
       *[other] { $warnings } advertencias
    })
check-files = se han comprobado { $files } archivos: { $valid } sin errores, { $errors } con errores

# Words that show a cue or safety line keeps a cloth between a cold or heat pack and the skin
# (comma-separated, matched within words: "Handtuch" has "tuch"). Every language's are used.
check-barrier-words = paño, toalla, tela, barrera, funda, camiseta, protección
