//! TimeML documents in and out, and the TempEval-3 scorer.
