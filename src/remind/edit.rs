//! Writing reminders into the settings file and out of it, keeping every comment and key
//! the person wrote (`toml_edit` edits the document, not a copy of its values).

use knead_core::t;
use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, value};

use super::schedule::{Days, Reminder, time_text};

/// The text with `reminder` set under `[reminders]`, replacing one for the same routine.
pub fn set(text: &str, reminder: &Reminder) -> Result<String, String> {
    let mut doc = parse(text)?;
    let reminders = doc
        .entry("reminders")
        .or_insert_with(|| Item::Table(Table::new()))
        .as_table_like_mut()
        .ok_or_else(|| t!("remind-edit-not-table"))?;
    let mut entry = InlineTable::new();
    let at: Array = reminder.at.iter().map(|&t| time_text(t)).collect();
    entry.insert("at", at.into());
    if reminder.days != Days::DAILY {
        entry.insert("days", reminder.days.to_string().into());
    }
    reminders.insert(&reminder.routine, value(entry));
    Ok(doc.to_string())
}

/// The text without the reminder for `routine`, and whether there was one.
pub fn remove(text: &str, routine: &str) -> Result<(String, bool), String> {
    let mut doc = parse(text)?;
    let removed = doc
        .get_mut("reminders")
        .and_then(Item::as_table_like_mut)
        .and_then(|t| t.remove(routine))
        .is_some();
    Ok((doc.to_string(), removed))
}

fn parse(text: &str) -> Result<DocumentMut, String> {
    text.parse::<DocumentMut>().map_err(|e| {
        tracing::debug!("settings: {e}");
        t!("remind-edit-invalid")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::remind::schedule::parse_times;

    fn reminder(routine: &str, at: &str, days: &str) -> Reminder {
        Reminder {
            routine: routine.into(),
            at: parse_times([at]).expect("times"),
            days: Days::parse(days).expect("days"),
        }
    }

    #[test]
    fn a_reminder_is_added_replaced_and_removed_leaving_the_rest_as_written() {
        let text = "# my settings\n[audio]\nvolume = 40 # quiet office\n";
        let added = set(text, &reminder("desk-neck", "11:00,15:30", "mon-fri")).expect("set");
        assert_eq!(
            added,
            "# my settings\n[audio]\nvolume = 40 # quiet office\n\n[reminders]\n\
             desk-neck = { at = [\"11:00\", \"15:30\"], days = \"mon-fri\" }\n"
        );
        let replaced = set(&added, &reminder("desk-neck", "09:00", "daily")).expect("set");
        assert!(
            replaced.contains("desk-neck = { at = [\"09:00\"] }"),
            "{replaced}"
        );
        assert_eq!(replaced.matches("desk-neck").count(), 1);
        let two = set(&replaced, &reminder("my feet", "18:00", "sat-sun")).expect("set");
        assert!(two.contains("\"my feet\" = {"), "{two}");
        let (back, removed) = remove(&two, "desk-neck").expect("remove");
        assert!(removed);
        let (back, _) = remove(&back, "my feet").expect("remove");
        assert!(back.starts_with(text), "{back}");
        assert!(!remove(&back, "desk-neck").expect("remove").1);
        assert!(set("[audio\n", &reminder("x", "10:00", "daily")).is_err());
    }
}
