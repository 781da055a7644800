//! The outcome measures a prescription may ask, beside the pain of each hold: the
//! Patient-Specific Functional Scale (Stratford et al. 1995: the client rates activities they
//! find hard, 0 unable to 10 as before the problem) and the Patient Global Impression of
//! Change (seven answers, 1 very much improved to 7 very much worse).
//!
//! Which sessions ask them depends on the history, which the shell reads: the session is told
//! (`Session::with_measures`) and asks on its overview and its summary.

/// The change on the functional scale that a client notices as mattering: 2 points for one
/// activity or for the mean (Stratford 1995; Abbott & Schmitt 2014).
pub const PSFS_MCID: f64 = 2.0;

/// The highest rating of an activity.
pub const PSFS_MAX: u8 = 10;

/// The mean of the activities rated (those skipped left out); `None` when none was.
#[expect(
    clippy::cast_precision_loss,
    reason = "at most five ratings of 0-10: exact in an f64"
)]
pub fn psfs_mean(ratings: impl IntoIterator<Item = Option<u8>>) -> Option<f64> {
    let rated: Vec<u8> = ratings.into_iter().flatten().collect();
    (!rated.is_empty())
        .then(|| rated.iter().map(|&r| f64::from(r)).sum::<f64>() / rated.len() as f64)
}

/// An answer to "since the programme began, how has your problem changed?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impression {
    /// 1.
    VeryMuchImproved,
    /// 2.
    MuchImproved,
    /// 3.
    MinimallyImproved,
    /// 4.
    NoChange,
    /// 5.
    MinimallyWorse,
    /// 6.
    MuchWorse,
    /// 7.
    VeryMuchWorse,
}

impl Impression {
    /// Every answer, from 1 to 7.
    pub const ALL: [Impression; 7] = [
        Impression::VeryMuchImproved,
        Impression::MuchImproved,
        Impression::MinimallyImproved,
        Impression::NoChange,
        Impression::MinimallyWorse,
        Impression::MuchWorse,
        Impression::VeryMuchWorse,
    ];

    /// Its number on the scale, 1 to 7, as the history keeps it.
    pub fn number(self) -> u8 {
        match self {
            Impression::VeryMuchImproved => 1,
            Impression::MuchImproved => 2,
            Impression::MinimallyImproved => 3,
            Impression::NoChange => 4,
            Impression::MinimallyWorse => 5,
            Impression::MuchWorse => 6,
            Impression::VeryMuchWorse => 7,
        }
    }

    /// The answer numbered `n`; `None` outside 1 to 7.
    pub fn from_number(n: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.number() == n)
    }

    /// Whether it says the problem improved (1 to 3): "much" or "very much" improved is
    /// what trials count as a responder.
    pub fn is_better(self) -> bool {
        self.number() <= 3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mean_leaves_skipped_activities_out() {
        assert_eq!(psfs_mean([Some(2), None, Some(5)]), Some(3.5));
        assert_eq!(psfs_mean([None, None]), None);
    }

    #[test]
    fn the_seven_answers_are_numbered_1_to_7() {
        let numbers: Vec<u8> = Impression::ALL.iter().map(|i| i.number()).collect();
        assert_eq!(numbers, (1..=7).collect::<Vec<_>>());
        assert_eq!(Impression::from_number(4), Some(Impression::NoChange));
        assert_eq!(Impression::from_number(0), None);
        assert_eq!(Impression::from_number(8), None);
        assert!(Impression::MinimallyImproved.is_better());
        assert!(!Impression::NoChange.is_better());
    }
}
