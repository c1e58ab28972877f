// Option combinators: map, and_then, filter, ok_or, unwrap_or_else, zip, take, as_ref, `?`.
#[derive(Debug, Clone)]
struct User {
    name: String,
    manager_id: Option<u32>,
    email: Option<String>,
}

fn find(users: &[(u32, User)], id: u32) -> Option<&User> {
    users.iter().find(|(i, _)| *i == id).map(|(_, u)| u)
}

fn manager_name(users: &[(u32, User)], id: u32) -> Option<String> {
    let user = find(users, id)?;
    let mid = user.manager_id?;
    find(users, mid).map(|m| m.name.clone())
}

fn email_domain(u: &User) -> Option<&str> {
    u.email.as_deref().and_then(|e| e.split('@').nth(1))
}

fn main() {
    let users = vec![
        (1, User { name: "Ada".into(), manager_id: None, email: Some("ada@math.org".into()) }),
        (2, User { name: "Bob".into(), manager_id: Some(1), email: None }),
        (3, User { name: "Cy".into(), manager_id: Some(9), email: Some("cy@corp".into()) }),
    ];

    for id in [1, 2, 3, 4] {
        println!("{} -> {:?}", id, manager_name(&users, id));
    }

    let domains: Vec<&str> = users.iter().filter_map(|(_, u)| email_domain(u)).collect();
    println!("{:?}", domains);

    let name_len = find(&users, 2).map(|u| u.name.len()).unwrap_or(0);
    let missing = find(&users, 7).map(|u| u.name.len()).unwrap_or_else(|| 99);
    println!("{} {}", name_len, missing);

    let r: Result<&User, String> = find(&users, 5).ok_or_else(|| format!("no user {}", 5));
    println!("{:?}", r.map(|u| &u.name));

    let even = Some(4).filter(|x| x % 2 == 0);
    let odd = Some(3).filter(|x| x % 2 == 0);
    println!("{:?} {:?}", even, odd);

    println!("{:?}", Some(2).zip(Some("two")));
    println!("{:?}", Some(1).or(None).xor(None::<i32>));
    println!("{:?}", None.or(Some(5)).map_or(0, |v: i32| v * 2));

    let mut slot = Some(String::from("token"));
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
    let got = slot.get_or_insert_with(|| "fresh".to_string());
    got.push('!');
    println!("{:?}", slot);

    let nested: Option<Option<i32>> = Some(Some(3));
    println!("{:?}", nested.flatten());
    let words = ["a", "bb"];
    let first_long = words.iter().find(|w| w.len() > 1).copied().unwrap_or_default();
    println!("{}", first_long);
    println!("{}", Some(10).is_some_and(|x| x > 5));
}
