//! A reminder's question on the desktop's bus (org.freedesktop.Notifications), spoken
//! directly rather than through notify-rust so that two things hold: an answer counts only
//! from the service that was asked (any program on the bus may send `ActionInvoked`, and one
//! that does must not start a session), and the question ends by itself after its wait.

use std::collections::HashMap;
use std::time::Duration;

use futures_lite::StreamExt as _;
use zbus::{Connection, MatchRule, MessageStream, Variant as Value, message};

use super::{Answer, NotifyError};

const NAME: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";

fn failed(e: impl std::fmt::Display) -> NotifyError {
    NotifyError {
        detail: e.to_string(),
    }
}

/// Shows `summary` and `body` with `buttons` (key, label) where the service draws them, and
/// waits at most `wait` for one: then the notification is closed and [`Answer::Unanswered`]
/// returned.
pub fn ask(
    summary: &str,
    body: &str,
    buttons: &[(&'static str, &str)],
    wait: Duration,
) -> Result<Answer, NotifyError> {
    let asked = zbus::block_on(show(summary, body, buttons, wait))?;
    let Asked::Waiting {
        connection,
        id,
        mut answers,
    } = asked
    else {
        return Ok(Answer::Shown);
    };
    let keys: Vec<&'static str> = buttons.iter().map(|(k, _)| *k).collect();
    let (tx, rx) = std::sync::mpsc::channel();
    // The stream has no end of its own: it runs on a thread the process leaves behind when
    // the wait runs out.
    std::thread::spawn(move || {
        let answer = zbus::block_on(async {
            while let Some(Ok(msg)) = answers.next().await {
                if let Some(answer) = answer_in(&msg, id, &keys) {
                    return answer;
                }
            }
            Answer::Dismissed
        });
        let _ = tx.send(answer);
    });
    if let Ok(answer) = rx.recv_timeout(wait) {
        return Ok(answer);
    }
    // Whatever the service does with an expiry, the question goes with the nudge.
    let closed = zbus::block_on(connection.call_method(
        Some(NAME),
        PATH,
        Some(NAME),
        "CloseNotification",
        &(id,),
    ));
    if let Err(e) = closed {
        tracing::debug!("closing notification {id}: {e}");
    }
    Ok(Answer::Unanswered)
}

/// A question shown: with buttons and waiting for them, or as text only.
enum Asked {
    Waiting {
        connection: Connection,
        id: u32,
        answers: Box<MessageStream>,
    },
    Shown,
}

async fn show(
    summary: &str,
    body: &str,
    buttons: &[(&'static str, &str)],
    wait: Duration,
) -> Result<Asked, NotifyError> {
    let connection = Connection::session().await.map_err(failed)?;
    // Asked first: a service started on demand by the bus owns its name after this call.
    let capabilities: Vec<String> = connection
        .call_method(Some(NAME), PATH, Some(NAME), "GetCapabilities", &())
        .await
        .map_err(failed)?
        .body()
        .deserialize()
        .map_err(failed)?;
    let hints: HashMap<&str, Value<'_>> = HashMap::new();
    let expire = i32::try_from(wait.as_millis()).unwrap_or(i32::MAX);
    if !capabilities.iter().any(|c| c == "actions") {
        notify(&connection, summary, body, &[], &hints, expire).await?;
        return Ok(Asked::Shown);
    }
    let owner = zbus::fdo::DBusProxy::new(&connection)
        .await
        .map_err(failed)?
        .get_name_owner(NAME.try_into().map_err(failed)?)
        .await
        .map_err(failed)?;
    // Subscribed before the question is shown, so an answer cannot come before the listener;
    // the bus passes on only the signals the service itself sends.
    let rule = MatchRule::builder()
        .msg_type(message::Type::Signal)
        .sender(owner.clone())
        .path(PATH)
        .interface(NAME)
        .build()
        .map_err(failed)?;
    let answers = MessageStream::for_match_rule(rule, &connection, None)
        .await
        .map_err(failed)?;
    let actions: Vec<&str> = buttons.iter().flat_map(|(k, l)| [*k, *l]).collect();
    let id = notify(&connection, summary, body, &actions, &hints, expire).await?;
    Ok(Asked::Waiting {
        connection,
        id,
        answers: Box::new(answers),
    })
}

async fn notify(
    connection: &Connection,
    summary: &str,
    body: &str,
    actions: &[&str],
    hints: &HashMap<&str, Value<'_>>,
    expire: i32,
) -> Result<u32, NotifyError> {
    connection
        .call_method(
            Some(NAME),
            PATH,
            Some(NAME),
            "Notify",
            &("knead", 0u32, "", summary, body, actions, hints, expire),
        )
        .await
        .map_err(failed)?
        .body()
        .deserialize()
        .map_err(failed)
}

/// What a signal from the service says of notification `id`, if anything.
fn answer_in(msg: &zbus::Message, id: u32, keys: &[&'static str]) -> Option<Answer> {
    let header = msg.header();
    match header.member()?.as_str() {
        "ActionInvoked" => {
            let (nid, key): (u32, String) = msg.body().deserialize().ok()?;
            (nid == id).then(|| {
                keys.iter()
                    .find(|k| **k == key)
                    .map_or(Answer::Dismissed, |k| Answer::Button(k))
            })
        }
        "NotificationClosed" => {
            let (nid, _reason): (u32, u32) = msg.body().deserialize().ok()?;
            (nid == id).then_some(Answer::Dismissed)
        }
        _ => None,
    }
}
