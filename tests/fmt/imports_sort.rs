use std::collections::HashMap;
use crate::util::helpers;
use std::io::{self, Write, Read, BufRead};
use super::parent;
use self::child::Thing;
use std::fmt;
use std::sync::{Arc, Mutex, mpsc::{channel, Sender, Receiver}};
use serde::{Serialize, Deserialize};
use std::{fs, path::{Path, PathBuf}};
use std::collections::{BTreeMap, btree_map::Entry, HashSet};
use a::{b::{c, d}, e};
use zeta::ALPHA;
use zeta::alpha;
use zeta::Alpha;
use std::io::{};
use foo::{bar};
use foo::{self};
pub use inner::Exported;
pub(crate) use inner::Crated;
use std::collections::hash_map::{self, HashMap as Map};
use crate::{a_very_long_module_name::some_item, another_long_module_name::other_item, third_module::x};

use std::cmp::Ordering;
use std::cmp::max;

fn main() {}
