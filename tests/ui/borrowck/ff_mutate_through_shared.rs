// Mutation without `mut`: a local, a `&` parameter, and an iterator element.
struct Player {
    hp: i32,
}

fn heal(p: &Player) {
    p.hp += 10;
}

fn main() {
    let p = Player { hp: 5 };
    heal(&p);
    let list = Vec::new();
    list.push(1);
    let mut v = vec![1, 2, 3];
    for x in v.iter() {
        *x += 1;
    }
    v.push(4);
    println!("{} {:?} {:?}", p.hp, list, v);
}
