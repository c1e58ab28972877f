// Supertraits: an entity system where Named + Positioned are required by Actor.
use std::fmt::{self, Display};

trait Named {
    fn name(&self) -> String;
}

trait Positioned {
    fn pos(&self) -> (i32, i32);
    fn distance_to(&self, other: &dyn Positioned) -> i32 {
        let (a, b) = (self.pos(), other.pos());
        (a.0 - b.0).abs() + (a.1 - b.1).abs()
    }
}

trait Actor: Named + Positioned {
    fn speed(&self) -> i32;
    fn act(&mut self, target: (i32, i32));

    fn status(&self) -> String {
        let (x, y) = self.pos();
        format!("{} at ({}, {})", self.name(), x, y)
    }
}

trait Loud: Actor + Display {
    fn shout(&self) -> String {
        format!("{}!!! ({})", self.to_string().to_uppercase(), self.status())
    }
}

struct Robot {
    id: u32,
    x: i32,
    y: i32,
}

impl Named for Robot {
    fn name(&self) -> String {
        format!("robot-{}", self.id)
    }
}

impl Positioned for Robot {
    fn pos(&self) -> (i32, i32) {
        (self.x, self.y)
    }
}

impl Actor for Robot {
    fn speed(&self) -> i32 {
        2
    }
    fn act(&mut self, target: (i32, i32)) {
        let step = |from: i32, to: i32, s: i32| from + (to - from).clamp(-s, s);
        self.x = step(self.x, target.0, self.speed());
        self.y = step(self.y, target.1, self.speed());
    }
}

impl Display for Robot {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "beep {}", self.id)
    }
}

impl Loud for Robot {}

fn chase<A: Actor + ?Sized>(actor: &mut A, target: (i32, i32)) -> u32 {
    let mut turns = 0;
    while actor.pos() != target {
        actor.act(target);
        turns += 1;
        println!("  turn {}: {}", turns, actor.status());
    }
    turns
}

fn names(all: &[&dyn Named]) -> Vec<String> {
    all.iter().map(|n| n.name()).collect()
}

fn main() {
    let mut r = Robot { id: 7, x: 0, y: 0 };
    let other = Robot { id: 8, x: 5, y: -3 };
    println!("distance: {}", r.distance_to(&other));
    let turns = chase(&mut r, other.pos());
    println!("caught in {} turns", turns);
    println!("{}", r.shout());
    let dynamic: &mut dyn Actor = &mut r;
    dynamic.act((0, 0));
    println!("{}", dynamic.status());
    println!("{:?}", names(&[&r, &other]));
}
