#[derive(Debug)]
struct Player {
    name: String,
    hp: i32,
    inventory: Vec<String>,
}

#[derive(Debug)]
struct Game {
    players: Vec<Player>,
    turn: usize,
}

impl Game {
    fn current(&mut self) -> &mut Player {
        let i = self.turn % self.players.len();
        &mut self.players[i]
    }

    fn log(&self, msg: &str) {
        println!("[turn {}] {}", self.turn, msg);
    }

    fn attack(&mut self, target: usize) {
        let attacker = self.current();
        let victim = &mut self.players[target];
        victim.hp -= 10;
        attacker.hp += 1;
    }

    fn loot(&mut self) {
        let p = self.current();
        self.log(&format!("{} loots", p.name));
        p.inventory.push("gold".into());
    }

    fn names(&self) -> Vec<&String> {
        self.players.iter().map(|p| &p.name).collect()
    }

    fn rename_all(&mut self) {
        let names = self.names();
        for p in self.players.iter_mut() {
            p.name.push('!');
        }
        println!("{:?}", names);
    }

    fn take_first_item(&mut self) -> String {
        let p = &self.players[0];
        p.inventory[0]
    }
}

fn main() {
    let mut g = Game { players: vec![], turn: 0 };
    g.attack(1);
    g.loot();
    g.rename_all();
    let item = g.take_first_item();
    let first = &g.players[0];
    g.players.clear();
    println!("{} {:?}", item, first);
    let p = g.players.pop().unwrap();
    let moved = p.inventory;
    println!("{:?} {}", p.inventory, moved.len());
}
