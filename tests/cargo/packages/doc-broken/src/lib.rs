/// Never documented: the file does not parse.
pub fn f( {}
