## knead: every word a person reads or hears, in Deutsch.
## Keys are grouped by where they appear; the English file is the source.

lang-self-name = Deutsch
