// A file-system-like tree whose methods match on `Self::Variant` patterns (tuple, struct
// and unit variants), reached through `Self` and through a type alias.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Entry {
    File(String, u64),
    Dir { name: String, children: Vec<Entry> },
    Link(String, String),
    Empty,
}

type E = Entry;

impl Entry {
    fn file(name: &str, size: u64) -> Self {
        Self::File(name.to_string(), size)
    }
    fn dir(name: &str, children: Vec<Entry>) -> Self {
        Self::Dir { name: name.to_string(), children }
    }
    fn name(&self) -> &str {
        match self {
            Self::File(n, _) | Self::Link(n, _) => n,
            Self::Dir { name, .. } => name,
            Self::Empty => "",
        }
    }
    fn size(&self) -> u64 {
        match self {
            Self::File(_, s) => *s,
            Self::Dir { children, .. } => children.iter().map(Self::size).sum(),
            Self::Link(..) | Self::Empty => 0,
        }
    }
    fn depth(&self) -> usize {
        match self {
            Self::Dir { children, .. } => 1 + children.iter().map(|c| c.depth()).max().unwrap_or(0),
            Self::File(_, _) => 1,
            Self::Link(_, _) => 1,
            Self::Empty => 0,
        }
    }
    fn count_by_kind(&self, acc: &mut BTreeMap<&'static str, usize>) {
        let kind = match self {
            Self::File(..) => "file",
            Self::Dir { .. } => "dir",
            Self::Link(_, _) => "link",
            Self::Empty => "empty",
        };
        *acc.entry(kind).or_insert(0) += 1;
        if let Self::Dir { children, .. } = self {
            for c in children {
                c.count_by_kind(acc);
            }
        }
    }
    fn prune(self, min: u64) -> Self {
        match self {
            Self::File(_, s) if s < min => Self::Empty,
            Self::Dir { name, children } => {
                let kept: Vec<Entry> = children.into_iter().map(|c| c.prune(min)).filter(|c| *c != Self::Empty).collect();
                if kept.is_empty() { Self::Empty } else { Self::Dir { name, children: kept } }
            }
            other => other,
        }
    }
    fn find(&self, path: &[&str]) -> Option<&Entry> {
        match (path, self) {
            ([], _) => Some(self),
            ([first, rest @ ..], Self::Dir { children, .. }) => children.iter().find(|c| c.name() == *first)?.find(rest),
            _ => None,
        }
    }
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fn go(e: &Entry, f: &mut fmt::Formatter, indent: usize) -> fmt::Result {
            let pad = " ".repeat(indent * 2);
            match e {
                E::File(n, s) => writeln!(f, "{}{} ({} B)", pad, n, s),
                E::Link(n, t) => writeln!(f, "{}{} -> {}", pad, n, t),
                E::Empty => writeln!(f, "{}<empty>", pad),
                E::Dir { name, children } => {
                    writeln!(f, "{}{}/ [{} B]", pad, name, e.size())?;
                    children.iter().try_for_each(|c| go(c, f, indent + 1))
                }
            }
        }
        go(self, f, 0)
    }
}

fn main() {
    let root = Entry::dir(
        "root",
        vec![
            Entry::file("a.txt", 120),
            Entry::dir("src", vec![Entry::file("main.rs", 2048), Entry::file("lib.rs", 10), E::Link("latest".into(), "main.rs".into())]),
            Entry::dir("empty", vec![]),
            E::dir("docs", vec![E::file("x.md", 5), E::dir("img", vec![E::file("logo.png", 40960)])]),
        ],
    );
    print!("{}", root);
    println!("size {} depth {}", root.size(), root.depth());
    let mut kinds = BTreeMap::new();
    root.count_by_kind(&mut kinds);
    println!("{:?}", kinds);
    println!("{:?}", root.find(&["src", "main.rs"]));
    println!("{:?}", root.find(&["docs", "img", "logo.png"]).map(Entry::size));
    println!("{:?}", root.find(&["src", "nope"]));
    let pruned = root.clone().prune(100);
    print!("{}", pruned);
    println!("{}", matches!(pruned, E::Dir { ref children, .. } if children.len() == 3));
    println!("{:?}", Entry::Empty.prune(1) == Entry::Empty);
}
