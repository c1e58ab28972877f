use std::any::{type_name, Any};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Debug;

mod shapes {
    #[derive(Debug, Default)]
    pub struct Circle {
        pub r: f64,
    }
    pub mod solid {
        #[derive(Debug, Default)]
        pub struct Cube(pub u32);
        pub fn origin() -> &'static str {
            module_path!()
        }
    }
}

#[derive(Debug, Default)]
struct Wrapper<T> {
    inner: T,
}

fn name_of<T>(_: &T) -> &'static str {
    type_name::<T>()
}

fn short_name<T: ?Sized>() -> &'static str {
    let full = type_name::<T>();
    full.rsplit("::").next().unwrap_or(full)
}

fn describe<T: Debug + Default>() -> String {
    format!("{} default={:?}", type_name::<T>(), T::default())
}

fn inspect(v: &dyn Any) -> String {
    if let Some(i) = v.downcast_ref::<i32>() {
        format!("i32 {}", i)
    } else if let Some(s) = v.downcast_ref::<String>() {
        format!("String {:?}", s)
    } else if let Some(c) = v.downcast_ref::<shapes::Circle>() {
        format!("Circle r={}", c.r)
    } else {
        "unknown".to_string()
    }
}

fn main() {
    println!("{}", module_path!());
    println!("{}", shapes::solid::origin());
    println!("{}", type_name::<i32>());
    println!("{}", type_name::<&str>());
    println!("{}", type_name::<[u8; 4]>());
    println!("{}", type_name::<(bool, char, f32)>());
    println!("{}", type_name::<shapes::Circle>());
    println!("{}", type_name::<shapes::solid::Cube>());
    println!("{}", type_name::<Wrapper<shapes::Circle>>());
    println!("{}", type_name::<Vec<String>>());
    println!("{}", type_name::<Option<Box<i64>>>());
    println!("{}", type_name::<Result<u8, String>>());
    println!("{}", type_name::<HashMap<String, Vec<u32>>>());
    println!("{}", type_name::<BTreeMap<u8, char>>());
    println!("{}", type_name::<&mut [f64]>());
    println!("{}", type_name::<fn(u8) -> bool>());
    println!("{}", type_name::<Box<dyn Debug>>());
    println!("{}", type_name::<std::rc::Rc<std::cell::RefCell<Vec<i32>>>>());
    let x = 3.5f64;
    let v = vec![(1u8, "a")];
    println!("{} {}", name_of(&x), name_of(&v));
    println!("{}", name_of(&main));
    println!("{}", name_of(&name_of::<u8>));
    println!("{}", short_name::<Wrapper<u8>>());
    println!("{}", short_name::<str>());
    println!("{}", describe::<Wrapper<Option<u8>>>());
    println!("{}", describe::<shapes::solid::Cube>());
    let items: Vec<Box<dyn Any>> = vec![Box::new(5i32), Box::new(String::from("hi")), Box::new(shapes::Circle { r: 2.0 }), Box::new(1u8)];
    for it in &items {
        println!("{}", inspect(it.as_ref()));
    }
    println!("{}", std::any::type_name_of_val(&items));
}
