use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
    Empty,
}

#[derive(Debug, Clone)]
struct Layer {
    name: String,
    shapes: Vec<Shape>,
    visible: bool,
    tags: Option<Vec<&'static str>>,
}

#[derive(Debug)]
struct Doc {
    id: u32,
    layers: Vec<Layer>,
    meta: BTreeMap<&'static str, (i32, char)>,
    pair: (u8, Option<Box<Shape>>),
    unit: (),
    nested: Option<Option<i32>>,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Wrapper(Vec<u8>, &'static str);

#[derive(Debug, Default)]
struct Config {
    verbose: bool,
    level: u8,
    path: Option<String>,
    ratio: f32,
}

fn main() {
    let layer = Layer {
        name: "base".to_string(),
        shapes: vec![Shape::Circle { r: 1.5 }, Shape::Rect(2.0, 3.0), Shape::Empty],
        visible: true,
        tags: Some(vec!["a", "b\"q"]),
    };
    let mut meta = BTreeMap::new();
    meta.insert("z", (-1, 'z'));
    meta.insert("a", (7, '\n'));
    let doc = Doc {
        id: 42,
        layers: vec![layer.clone(), Layer { name: "top".into(), shapes: vec![], visible: false, tags: None }],
        meta,
        pair: (3, Some(Box::new(Shape::Rect(0.5, 1e10)))),
        unit: (),
        nested: Some(None),
    };
    println!("{:?}", doc);
    println!("{:#?}", doc);
    println!("{:?} {:#?}", Unit, Unit);
    println!("{:?}", Wrapper(vec![1, 2], "tab\there"));
    println!("{:#?}", Wrapper(vec![], "x"));
    println!("{:#?}", Config::default());
    println!("{:?}", Config { verbose: true, level: 3, path: Some("/tmp".into()), ratio: 0.25 });
    let t = (1, "two", 3.0, '4', [5u8; 2], (6,), ());
    println!("{:?}", t);
    println!("{:#?}", (1, ("nested", [Some(1), None])));
    let mut hm: HashMap<u8, Vec<Shape>> = HashMap::new();
    hm.insert(1, vec![Shape::Empty]);
    println!("{:?}", hm);
    println!("{:#?}", hm);
    let set: BTreeSet<char> = "hello".chars().collect();
    println!("{:?} {:#?}", set, BTreeSet::<i32>::new());
    let dq: VecDeque<i32> = (1..4).collect();
    println!("{:?}", dq);
    let ov: Option<Vec<Result<i32, String>>> = Some(vec![Ok(1), Err("bad".into())]);
    println!("{:?}", ov);
    println!("{:#?}", ov);
    println!("{:?} {:?}", "quote\"s and \\ and \u{1F600} and \u{7}", 'x');
    println!("{:?}", '\'');
    println!("{:?}", "multi\nline\r\0");
    println!("{:>20?}|{:<8?}|", Some(1), Shape::Empty);
    println!("{:5?}|{:<5?}|{:05?}", 1, 2, 3);
    println!("{:.1?}", vec![1.25, 2.0]);
    println!("{:#x?}", vec![255, 16]);
    let s: &[i32] = &[];
    println!("{:?} {:#?}", s, s);
    println!("{:?}", String::from("owned"));
    println!("{:?}", Box::new([1, 2]));
    println!("{:?}", std::rc::Rc::new(std::cell::RefCell::new(5)));
    println!("{:?}", std::cell::Cell::new(3));
    println!("{:?}", 1..5);
    println!("{:?}", ..=3);
    println!("{:?}", std::cmp::Ordering::Less);
    println!("{:?}", "é".as_bytes());
}
