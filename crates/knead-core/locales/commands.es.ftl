## Los comandos de knead (list, clients, config, export, import, remind, new, el selector de
## where) y sus mensajes de error, en español. Cada error se muestra tras "knead: " en su propia línea.
## Las opciones (--client, --format json), los nombres de archivo y los comandos se dejan tal como se escriben.
## Glosario: docs/glossary/es.md (paciente, presión, punto, rutina, Aviso).

## El archivo del historial.
error-history-open = no se puede abrir { $path }: { $why }
error-history-damaged = { $path } está dañado o no es un historial de knead ({ $why }); se ha dejado tal como estaba
error-history-migration = no se puede actualizar el formato del historial: { $why }

## Importación.
error-import-format = no es una exportación de historial de knead: { $why }
error-import-newer = esta exportación usa la versión { $version } del formato, más reciente que las que lee este knead (hasta la { $known }): actualice knead o pida una exportación hecha con la misma versión
error-import-csv = es una exportación en CSV; la importación lee la de JSON: pida `knead export --format json`

## El envío a un servidor FHIR.
error-fhir-unreachable = ningún servidor FHIR respondió en { $url } ({ $why }): compruebe la dirección y que el servidor esté en marcha
error-fhir-refused = el servidor de { $url } rechazó las credenciales ({ $status }): indique un token con --token-env NAME o KNEAD_FHIR_TOKEN
error-fhir-timeout = el servidor de { $url } no respondió en { $secs } s; no se ha enviado nada
error-fhir-rejected = el servidor de { $url } rechazó el Bundle ({ $status }): { $why }
error-fhir-not-fhir = el servidor de { $url } respondió con algo que no es FHIR ({ $what }): ¿es esta la URL base de un servidor FHIR?

## Sonido, voz, notificaciones y terminales.
error-sound-no-server = ningún servidor de sonido respondió ({ $why }); este knead se compiló sin la característica alsa
error-sound-builtin = un sonido integrado está dañado: { $why }
error-sound-not-a-file = no es un archivo normal
error-sound-too-large = ocupa más de 16 MiB; una señal sonora debería ser un sonido corto
error-sound-not-wav = no es un archivo WAV legible
error-engine-not-found = no se encuentra { $program }
error-engine-slow = no terminó en 10 s
error-engine-exit = terminó con { $status }
error-engine-not-wav = lo que escribió no es un sonido WAV que knead pueda leer
error-no-notification-service = ningún servicio de notificaciones respondió (--no-notify las desactiva)
error-terminal-ended = terminó enseguida ({ $status })

## Rutinas.
error-no-routine = no hay ninguna rutina llamada «{ $name }»; `knead list` muestra las rutinas que tiene

## Qué lee un comando.
error-since-after-until = --since { $since } es posterior a --until { $until }: no puede haber ninguna sesión entre ambas fechas; inviértalas u omita una
error-no-clients = no se ha importado el historial de ningún paciente; `knead import FILE --client NAME` añade uno
error-no-sessions-yet = este historial aún no tiene sesiones
# { $what } es "client" (paciente) o "routine" (rutina); { $name } llega entre comillas.
error-nothing-named = { $what ->
        [client] no hay ningún paciente llamado { $name }: { $none }
       *[routine] no hay ninguna rutina llamada { $name }: { $none }
    }
error-nothing-named-short = { $what ->
        [client] no hay ningún paciente llamado { $name }.
       *[routine] no hay ninguna rutina llamada { $name }.
    }
error-did-you-mean = ¿Quiso decir { $name }?
error-there-are = Disponibles: { $names }.
error-no-data-folder = no hay carpeta de datos: defina KNEAD_DATA_DIR o use --data-dir DIR
error-cannot-read = no se puede leer { $path }: { $why }
error-cannot-write = no se puede escribir { $path }: { $why }

## knead new y knead edit.
error-routine-name = el nombre de una rutina se compone de letras, cifras, espacios, - y _ («Plan cuello» pasa a ser plan-cuello.toml): { $name }
error-no-home-for-routines = no hay carpeta personal donde guardar las rutinas
error-routine-exists = { $path } ya existe; `knead edit { $name }` lo abre, o elija otro nombre
error-no-editor = no se encontró el editor { $editor }; defina VISUAL o EDITOR con uno que tenga instalado (por ejemplo, EDITOR=nano)
error-no-own-routine = no tiene ninguna rutina { $quoted }; `knead new { $name }` crea una a partir de la plantilla
error-edit-needs-terminal = `knead edit` abre { $editor } en un terminal, y esto no es un terminal; defina VISUAL o EDITOR con un editor que abra una ventana, o edite { $path } por su cuenta y ejecute `knead check { $name }`
error-editor-failed = no se puede iniciar el editor ({ $editor }): { $why }

## knead run, history, regions, nudge.
error-routine-has-errors = { $name } tiene errores; corríjalos y vuelva a intentarlo
error-history-needs-terminal = el historial es una vista a pantalla completa y necesita un terminal; `knead export --format csv` muestra el historial como texto, y `knead report` redacta un informe
error-unknown-region = knead no conoce la región «{ $region }»; `knead regions` las enumera
error-unknown-region-meant = knead no conoce la región «{ $region }»; ¿quiso decir «{ $meant }»? `knead regions` las enumera
error-nudge-no-service = no se pudo mostrar la notificación: ningún servicio de notificaciones respondió en el bus del escritorio (el registro recoge lo que dijo D-Bus)

## knead report.
error-report-name = { $path } no es un nombre con el que knead escriba un informe: termínelo en .html (para leerlo, imprimirlo o guardarlo como PDF desde un navegador) o en .md (Markdown, con los gráficos en una carpeta al lado)

## knead export e import.
error-fhir-options = --to y --bundle son para FHIR: añada --format fhir
error-token-env = --token-env { $name }: no hay ninguna variable de entorno con ese nombre
# { $created } y { $existing } son recuentos con los nombres de recurso de FHIR: "35 (12 Observation, ...)".
export-sent = enviado a { $url }: { $created } creados, { $existing } ya existentes
error-client-needs-name = --client necesita un nombre
error-import-near-client = ya hay un paciente llamado «{ $client }»: si es la misma persona, importe con --client "{ $client }"; si es otra persona, añada --as-new
# { $held } de las { $total } sesiones del archivo ya están en un historial ("all" cuando lo están todas).
error-import-yours = { $total ->
        [one] esta sesión ya está
       *[other] { $held ->
            [all] estas { $total } sesiones ya están
            [one] 1 de estas { $total } sesiones ya está
           *[other] { $held } de estas { $total } sesiones ya están
        }
    } en su propio historial: si es la misma persona, no hace falta importar nada; para guardar una segunda copia a nombre de «{ $client }», añada --as-new
error-import-theirs = { $total ->
        [one] esta sesión ya está
       *[other] { $held ->
            [all] estas { $total } sesiones ya están
            [one] 1 de estas { $total } sesiones ya está
           *[other] { $held } de estas { $total } sesiones ya están
        }
    } en el historial de «{ $other }»: si es la misma persona, importe con --client "{ $other }"; para guardar una segunda copia a nombre de «{ $client }», añada --as-new

## knead remind. Las horas (11:00), los días (mon-fri) y los comandos se dejan tal como se escriben.
remind-on-again = Los recordatorios vuelven a estar activos.
remind-not-paused = Los recordatorios no estaban en pausa.
remind-added = Recordatorio de { $routine }: { $times } { $days }.
remind-every-day = todos los días
remind-weekdays = de lunes a viernes
remind-on-days = los { $days }
remind-today-at = hoy a las { $time }
remind-tomorrow-at = mañana a las { $time }
remind-day-at = { $day } a las { $time }
remind-not-taken = el programador de tareas no lo aceptó (el aviso de arriba explica por qué)
remind-next = Próximo: { $when } (a cargo de { $scheduler }).
# { $what } es el nombre que da el programador a su archivo: "systemd unit", "crontab".
remind-file-written = { $what }: se ha escrito { $file }
remind-file-removed = { $what }: se ha eliminado { $file }
remind-crontab-updated = se ha actualizado el crontab (`crontab -l` lo muestra).
remind-note = Aviso: { $note }
remind-none = No hay recordatorios. `knead remind add desk-neck --at 11:00,15:30 --days mon-fri` añade uno.
remind-list-next = próximo: { $when }
remind-active = activo
remind-scheduler = Programador de tareas: { $scheduler }.
remind-quiet = Horas de silencio: { $quiet }.
remind-paused-until = En pausa hasta { $when } (`knead remind resume` termina la pausa).
remind-removed = Ya no hay recordatorios de { $routine }.
remind-paused = Recordatorios en pausa hasta { $when } (`knead remind resume` termina la pausa).
error-remind-resume = no se puede terminar la pausa: { $why }
error-no-home-for-settings = no hay carpeta personal: la configuración no tiene dónde guardarse
error-settings-have-errors = la configuración de { $path } tiene errores; `knead config` los muestra. Corríjalos primero
error-no-home-for-reminders = no hay carpeta personal: los recordatorios no tienen dónde guardarse
error-no-program = no se puede saber dónde está instalado knead: { $why }
error-remind-will-not-fire = el recordatorio de { $routine } se conserva en la configuración, pero no saltará: { $why }
error-remind-file = los recordatorios se refieren a una rutina por su nombre, no a un archivo: copie { $routine } en su carpeta de rutinas (`knead list` muestra dónde está) y use su nombre
error-remind-errors = { $routine } tiene errores (`knead check { $routine }` los muestra); corríjalos primero
error-no-reminder-meant = no hay ningún recordatorio de { $routine }; ¿quiso decir { $meant }?
error-no-reminder-none = no hay ningún recordatorio de { $routine }; no hay ningún recordatorio configurado
error-no-reminder-others = no hay ningún recordatorio de { $routine }; hay recordatorios de { $others }
error-pause-until-when = ¿hasta cuándo? `knead remind pause until 2026-12-28` (o until 2026-12-28 09:00)
error-not-a-time = { $time } no es una hora del día; escríbala como 09:00
error-no-such-day-here = { $day } no puede ser un día aquí
error-pause-in-past = { $day } ya ha empezado: una pausa debe terminar más tarde que ahora
error-not-a-length = { $text } no es una duración; pruebe con 2h, 45m, 1h30m, 3d o until 2026-12-28
error-pause-nothing = una pausa de { $text } no pausa nada; `knead remind resume` termina una pausa
error-pause-too-long = la pausa es demasiado larga
error-pause-over-a-year = una pausa de más de un año: `knead remind remove` detiene un recordatorio definitivamente

## knead list y la lista de la pantalla de inicio.
list-bundled = Rutinas incluidas
list-yours = Sus rutinas
list-yours-in = Sus rutinas ({ $folder })
list-yours-no-home = Sus rutinas (no se encontró la carpeta personal)
list-none-yet = ninguna por ahora: ponga archivos de rutina .toml en esa carpeta
list-invalid = no válida
list-invalid-because = no válida: { $why }
list-last = última vez:
list-this-week = { $done } esta semana
list-this-week-of = { $done } de { $aim } esta semana
list-due-today = para hoy
home-settings-broken = la configuración tiene errores; `knead config` los muestra
home-no-answer = no hay respuesta a los criterios de parada, así que no hay sesión
home-as-advised = hoy no hay sesión, como indican los criterios de parada; su respuesta queda guardada
home-routine-ready = { $name } está lista: Enter la inicia
home-routine-mistakes = { $name } tiene errores: `knead edit { $name }` la vuelve a abrir

## knead export, import, clients y report: lo que se ha escrito.
export-wrote-bundle = se ha escrito un Bundle de FHIR con { $resources ->
        [one] { $resources } recurso
       *[other] { $resources } recursos
    } en { $path }
export-wrote = { $holds ->
        [one] se ha escrito { $holds } presión
       *[other] se han escrito { $holds } presiones
    } en { $path }
export-wrote-with-empty = se han escrito { $holds ->
        [one] { $holds } presión
       *[other] { $holds } presiones
    } y { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } sin presiones en { $path }
import-done = se han importado { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } y { $holds ->
        [one] { $holds } presión
       *[other] { $holds } presiones
    } a nombre de { $client } ({ $already ->
        [one] { $already } presión ya estaba
       *[other] { $already } presiones ya estaban
    })
clients-none = Aún no hay pacientes: `knead import FILE --client NAME` añade la exportación de uno.
# Las columnas de knead clients.
clients-client = paciente
clients-sessions = sesiones
clients-last = última sesión
clients-routines = rutinas
report-wrote-charts = { $charts ->
        [one] se ha escrito { $charts } gráfico
       *[other] se han escrito { $charts } gráficos
    } en { $folder }
report-wrote = se ha escrito { $path } ({ $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }, { $spots ->
        [one] { $spots } punto
       *[other] { $spots } puntos
    })

## knead config. Las claves de la configuración (volume, bell, notifications, auto-advance, prepare) se dejan tal como se escriben.
config-no-home = no hay carpeta personal: knead usa la configuración predeterminada
config-missing = { $path } no existe: knead usa los valores predeterminados.
config-start-one = Cree uno con: knead config --default > { $path }
config-valid = válido
config-muted = silenciado
config-sound-on = con sonido
# Tras una clave ("bell: sí"): "sí" y "no" no cambian con el género.
config-on = sí
config-off = no
config-sound = volume: { $volume }, { $sound }, bell: { $bell }
config-cue-sound = sonido { $cue }: { $file }
config-notifications = notifications: { $on }
config-advance = auto-advance: { $on }, prepare: { $prepare }

## La lectura de un archivo de rutina (antes de comprobar su contenido).
check-file-is-folder = es una carpeta, no un archivo de rutina
check-file-unreadable = no se puede leer el archivo: { $why }
check-file-too-large = ocupa más de 1 MiB; un archivo de rutina debería ocupar unos pocos KiB
check-file-too-large-help = compruebe que es la rutina que quería
check-file-not-utf8 = no es texto UTF-8
check-file-not-utf8-help = guarde el archivo como UTF-8

## La voz y el sonido, cuando no se pueden usar.
voice-problem = voz: { $words }
voice-engine-failed = { $program } falló ({ $why })
voice-cannot-start = no se puede iniciar ({ $why })
voice-install-espeak = apt install espeak-ng
audio-no-output = no hay tarjeta de sonido, servidor de sonido ni configuración de ALSA
# --lang con un idioma que knead no habla.
error-language = knead habla { $spoken }, no { $asked }

## El archivo de configuración (knead config los muestra con línea y columna). Las claves se dejan tal como se escriben.
settings-unreadable = no se puede leer la configuración: { $why }
settings-in-settings = la configuración
settings-in-reminder = el recordatorio de { $routine }
settings-hook-empty = un hook vacío no ejecuta nada
settings-hook-empty-help = omita la clave, o indique un programa y sus argumentos
settings-hook-missing = no se encuentra ningún programa { $program } que ejecutar
settings-hook-missing-help = indique la ruta del programa o una orden que esté en el PATH; una línea de shell se escribe ["sh", "-c", "..."]
settings-hook-line-help = un hook es un programa con sus argumentos: ["sh", "-c", { $line }]
settings-reminder-no-times = el recordatorio de { $routine } no tiene horas
settings-reminder-no-times-help = escriba at = ["11:00"], o `knead remind add ROUTINE --at 11:00`
settings-no-sound-file = no hay ningún archivo de sonido en { $path }
settings-no-sound-file-help = indique la ruta de un archivo WAV; las rutas relativas parten de la carpeta de este archivo
settings-not-table = { $name } debe ser una tabla; se encontró { $found }
settings-not-table-help = escriba [{ $name }] en una línea aparte, con sus claves debajo
error-no-history-yet = aún no hay historial en { $path }: haga primero una sesión

## El guardado del historial durante una sesión (en pantalla mientras knead sigue intentándolo).
# Tras "error al": infinitivos.
saving-begin = iniciar la sesión
saving-hold = escribir una presión
saving-rating = escribir una puntuación
saving-end = terminar la sesión
saving-pain = escribir el dolor general
saving-change = escribir la impresión global de cambio
saving-note = escribir la nota
saving-not-yet = aún no se ha guardado (error al { $doing }: { $why }); knead sigue intentándolo
saving-unknown = error desconocido
saving-incomplete = esta sesión no se ha guardado por completo: { $left ->
        [one] no se pudo escribir { $left } registro
       *[other] no se pudieron escribir { $left } registros
    } ({ $why })
history-reading = leyendo el historial…
history-unreadable = no se pudo leer el historial

## Los estados y avisos del programador de tareas de knead remind. Los comandos entre comillas invertidas se dejan tal como se escriben.
remind-skip-paused = los recordatorios están en pausa hasta las { $until } (`knead remind resume` los vuelve a activar)
remind-skip-done = se hizo a las { $at }, hace menos de { $hours } horas
remind-skip-quiet = es horario de silencio ({ $quiet })
remind-skip-late = llegó { $minutes } minutos después de su hora (el ordenador estaba en reposo o apagado); los recordatorios con más de { $most } minutos de retraso se omiten
remind-edit-not-table = [reminders] no es una tabla en la configuración; corríjalo con `knead config`
remind-edit-invalid = el archivo de configuración no es TOML válido; `knead config` muestra dónde
remind-not-loaded = escrito, pero sin cargar: { $why }
remind-missing = no está en el programador de tareas: { $why }
remind-will-not-fire = no saltará: { $why }
remind-load-it = { $why }; `{ $load }` lo carga
remind-put-back = `knead remind add { $routine } --at ...` lo vuelve a añadir
remind-no-systemctl-use-cron = systemctl no está instalado (defina [remind] scheduler = "cron" para usar cron)
# { $state } es la palabra de systemd: "disabled", "not enabled".
remind-systemd-says = según systemd, el temporizador está en estado { $state }
remind-launchd-not-loaded = launchd no lo ha cargado
remind-task-scheduler-lacks = el Programador de tareas no lo tiene
remind-not-installed = { $program } no está instalado
remind-not-started = no se pudo iniciar { $program }
remind-no-systemd-manager = aquí no se está ejecutando ningún gestor de systemd para su usuario
remind-systemd-by-hand = { $why }: en su sesión de escritorio, ejecute `systemctl --user daemon-reload && systemctl --user enable --now { $timer }`
remind-cron-removed = cron: sus líneas se han quitado del crontab
remind-run-yourself = { $why }; ejecute `{ $commands }` por su cuenta
remind-command-failed = `{ $command }` falló: { $first }
remind-cron-remove-by-hand = elimine las líneas que terminan en `{ $tag }` con `crontab -e`
remind-cron-add-by-hand = añada estas líneas con `crontab -e`:
    { $lines }
remind-crontab-refused = crontab rechazó la nueva tabla: { $why }
remind-no-display = no hay ninguna pantalla en la que abrir un terminal (no está definida ni DISPLAY ni WAYLAND_DISPLAY)
remind-not-a-day = { $word } no es un día; los días se escriben como mon-fri, mon,wed,fri, weekends o daily
remind-not-a-time = { $text } no es una hora del día; las horas se escriben como 09:30 o 15:00 (formato de 24 horas)
remind-no-times = indique al menos una hora, como --at 11:00
remind-not-a-span = { $text } no es un intervalo de tiempo; las horas de silencio se escriben como "12:00-13:00"
error-cannot-remove = no se puede eliminar { $path }: { $why }

## knead nudge: qué fue de un recordatorio (una línea en el terminal y en el registro).
nudge-no-reminder = no hay ningún recordatorio de { $name } en la configuración; `knead remind remove { $name }` elimina lo que ejecuta esto
nudge-not-reminding = no se envía el recordatorio: { $why }
nudge-routine-errors = no se envía el recordatorio: { $name } tiene errores (`knead check { $name }` los muestra)
nudge-not-reminding-of = no se envía el recordatorio de { $name }: { $why }
nudge-no-service = no se envía el recordatorio de { $name }: ningún servicio de notificaciones respondió en el bus del escritorio (el registro recoge lo que dijo D-Bus)
nudge-again-in = de nuevo dentro de { $minutes } minutos
nudge-reminded = recordatorio de { $name } enviado
nudge-unanswered = recordatorio de { $name } enviado; sin respuesta en { $wait }
nudge-not-started = recordatorio de { $name } enviado; no se inició
nudge-cannot-start = no se pudo iniciar { $name }: { $why }
nudge-no-terminal = no se pudo iniciar { $name }: no se encontró ningún terminal en el que iniciarla; defina [remind] terminal en la configuración
nudge-started = se ha iniciado { $name } en { $terminal }
nudge-terminal-failed = no se pudo iniciar { $name }: { $terminal } { $why }; defina [remind] terminal en la configuración
error-not-a-calendar-day = { $text } no es un día del calendario
error-date-format = las fechas se escriben como 2026-11-20 (año-mes-día)
error-no-such-folder = la carpeta en la que va no existe
error-no-data-folder-short = no hay carpeta de datos
error-pause-not-kept = no se puede guardar la pausa: { $why }

## knead edit, al cerrar el editor.
edit-editor-status = el editor ({ $editor }) terminó con el estado { $code }; se revisa el archivo de todos modos
edit-editor-stopped = el editor ({ $editor }) se detuvo; se revisa el archivo de todos modos
edit-has-errors = { $path } tiene errores; `knead edit { $name }` lo abre para corregirlos
## knead run con una configuración con errores.
run-settings-fix-or-ignore = corrija la configuración en { $path }, o añada --ignore-config para usar los valores predeterminados
run-settings-ask = la configuración en { $path } tiene errores. Pulse s para usar esta vez la configuración predeterminada, cualquier otra tecla para parar.
run-settings-fix = corríjala (`knead config` revisa el archivo) e inténtelo de nuevo
saving-off = esta sesión no se está guardando: { $why }
