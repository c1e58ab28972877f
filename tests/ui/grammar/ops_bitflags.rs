// A permissions bitflag type with BitOr, BitAnd, BitXor, Not, Shl and the *Assign forms.
use std::fmt;
use std::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, Not, Shl};

#[derive(Clone, Copy, PartialEq, Eq)]
struct Perm(u8);

impl Perm {
    const NONE: Perm = Perm(0);
    const READ: Perm = Perm(0b100);
    const WRITE: Perm = Perm(0b010);
    const EXEC: Perm = Perm(0b001);
    const ALL: Perm = Perm(0b111);

    fn contains(self, other: Perm) -> bool {
        self & other == other
    }
}

impl BitOr for Perm {
    type Output = Perm;
    fn bitor(self, o: Perm) -> Perm {
        Perm(self.0 | o.0)
    }
}
impl BitAnd for Perm {
    type Output = Perm;
    fn bitand(self, o: Perm) -> Perm {
        Perm(self.0 & o.0)
    }
}
impl BitXor for Perm {
    type Output = Perm;
    fn bitxor(self, o: Perm) -> Perm {
        Perm(self.0 ^ o.0)
    }
}
impl Not for Perm {
    type Output = Perm;
    fn not(self) -> Perm {
        Perm(!self.0 & Perm::ALL.0)
    }
}
impl BitOrAssign for Perm {
    fn bitor_assign(&mut self, o: Perm) {
        self.0 |= o.0;
    }
}
impl BitAndAssign for Perm {
    fn bitand_assign(&mut self, o: Perm) {
        self.0 &= o.0;
    }
}

/// Shifting a permission into the user/group/other slot of a unix mode.
impl Shl<u32> for Perm {
    type Output = u16;
    fn shl(self, slot: u32) -> u16 {
        (self.0 as u16) << (slot * 3)
    }
}

impl fmt::Display for Perm {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let c = |p: Perm, ch: char| if self.contains(p) { ch } else { '-' };
        write!(f, "{}{}{}", c(Perm::READ, 'r'), c(Perm::WRITE, 'w'), c(Perm::EXEC, 'x'))
    }
}

fn mode(user: Perm, group: Perm, other: Perm) -> u16 {
    (user << 2) | (group << 1) | (other << 0)
}

fn main() {
    let mut user = Perm::READ | Perm::WRITE;
    let group = Perm::READ;
    let other = Perm::NONE;
    println!("{}{}{} = {:o}", user, group, other, mode(user, group, other));
    user |= Perm::EXEC;
    println!("user after +x: {} contains write: {}", user, user.contains(Perm::WRITE));
    user &= !Perm::WRITE;
    println!("user after -w: {}", user);
    println!("toggle exec on group: {}", group ^ Perm::EXEC);
    println!("not other: {}", !other);
    println!("mode 755 = {:o}", mode(Perm::ALL, Perm::READ | Perm::EXEC, Perm::READ | Perm::EXEC));
    println!("all == r|w|x: {}", Perm::ALL == Perm::READ | Perm::WRITE | Perm::EXEC);
}
