// Heterogeneous storage with dyn Any and downcasting, as in an ECS component store.
use std::any::Any;
use std::fmt::Debug;

#[derive(Debug, PartialEq)]
struct Position(i32, i32);

#[derive(Debug, PartialEq)]
struct Health(u32);

#[derive(Debug)]
struct Name(String);

struct Entity {
    id: u32,
    components: Vec<Box<dyn Any>>,
}

impl Entity {
    fn get<T: Any>(&self) -> Option<&T> {
        self.components.iter().find_map(|c| c.downcast_ref::<T>())
    }

    fn get_mut<T: Any>(&mut self) -> Option<&mut T> {
        self.components.iter_mut().find_map(|c| c.downcast_mut::<T>())
    }

    fn has<T: Any>(&self) -> bool {
        self.components.iter().any(|c| c.is::<T>())
    }
}

fn describe(value: &dyn Any) -> String {
    if let Some(i) = value.downcast_ref::<i32>() {
        format!("i32 {}", i)
    } else if let Some(s) = value.downcast_ref::<&str>() {
        format!("str {:?}", s)
    } else if let Some(s) = value.downcast_ref::<String>() {
        format!("String {:?}", s)
    } else {
        "unknown".to_string()
    }
}

fn take_boxed(b: Box<dyn Any>) -> Result<Box<Health>, Box<dyn Any>> {
    b.downcast::<Health>()
}

fn show<T: Debug + Any>(v: &T) -> String {
    format!("{:?} (is u8: {})", v, (v as &dyn Any).is::<u8>())
}

fn main() {
    let mut world = vec![
        Entity { id: 1, components: vec![Box::new(Position(0, 0)), Box::new(Health(100)), Box::new(Name("hero".into()))] },
        Entity { id: 2, components: vec![Box::new(Position(5, -2))] },
        Entity { id: 3, components: vec![Box::new(Health(30)), Box::new(Name("ghost".into()))] },
    ];
    for e in world.iter_mut() {
        if let Some(p) = e.get_mut::<Position>() {
            p.0 += 1;
        }
        if let Some(h) = e.get_mut::<Health>() {
            h.0 -= 10;
        }
    }
    for e in &world {
        println!(
            "entity {}: pos={:?} health={:?} name={:?} has_name={}",
            e.id,
            e.get::<Position>(),
            e.get::<Health>().map(|h| h.0),
            e.get::<Name>().map(|n| n.0.as_str()),
            e.has::<Name>()
        );
    }
    let values: Vec<Box<dyn Any>> = vec![Box::new(7i32), Box::new("hi"), Box::new(String::from("s")), Box::new(1.5f64)];
    for v in &values {
        println!("{}", describe(v.as_ref()));
    }
    println!("{:?}", take_boxed(Box::new(Health(5))).map(|h| h.0).ok());
    println!("{}", take_boxed(Box::new(5u8)).is_err());
    println!("{} / {}", show(&3u8), show(&"x"));
}
