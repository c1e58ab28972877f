// Calling a `&mut self` method while a borrow of one of `self`'s fields is alive.
struct Game {
    players: Vec<String>,
    log: Vec<String>,
}

impl Game {
    fn record(&mut self, msg: &str) {
        self.log.push(msg.to_string());
    }

    fn announce_all(&mut self) {
        for p in self.players.iter() {
            self.record(p);
        }
    }

    fn first_player(&mut self) -> &String {
        let first = &self.players[0];
        self.players.push(String::from("late"));
        first
    }
}

fn main() {
    let mut g = Game { players: vec!["a".into()], log: vec![] };
    g.announce_all();
    println!("{}", g.first_player());
}
