// A hand-rolled tagged union, as a C interpreter would store dynamically typed values.
use std::fmt;
use std::mem::ManuallyDrop;

#[derive(Clone, Copy, PartialEq, Debug)]
#[repr(u8)]
enum Tag {
    Int,
    Float,
    Bool,
    Text,
}

#[repr(C)]
union Payload {
    i: i64,
    f: f64,
    b: bool,
    s: ManuallyDrop<String>,
}

struct Value {
    tag: Tag,
    payload: Payload,
}

impl Value {
    fn int(i: i64) -> Self {
        Value { tag: Tag::Int, payload: Payload { i } }
    }
    fn float(f: f64) -> Self {
        Value { tag: Tag::Float, payload: Payload { f } }
    }
    fn boolean(b: bool) -> Self {
        Value { tag: Tag::Bool, payload: Payload { b } }
    }
    fn text(s: &str) -> Self {
        Value { tag: Tag::Text, payload: Payload { s: ManuallyDrop::new(s.to_string()) } }
    }

    fn truthy(&self) -> bool {
        unsafe {
            match self.tag {
                Tag::Int => self.payload.i != 0,
                Tag::Float => self.payload.f != 0.0,
                Tag::Bool => self.payload.b,
                Tag::Text => !self.payload.s.is_empty(),
            }
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        unsafe {
            match self.tag {
                Tag::Int => write!(f, "int {}", self.payload.i),
                Tag::Float => write!(f, "float {}", self.payload.f),
                Tag::Bool => write!(f, "bool {}", self.payload.b),
                Tag::Text => write!(f, "text {:?}", &*self.payload.s),
            }
        }
    }
}

impl Drop for Value {
    fn drop(&mut self) {
        if self.tag == Tag::Text {
            println!("  freeing text {:?}", unsafe { &*self.payload.s });
            unsafe { ManuallyDrop::drop(&mut self.payload.s) };
        }
    }
}

fn main() {
    let values = vec![
        Value::int(42),
        Value::float(0.0),
        Value::boolean(true),
        Value::text("hello"),
        Value::text(""),
        Value::int(0),
    ];
    for v in &values {
        println!("{:<14} truthy={}", v.to_string(), v.truthy());
    }
    let count = values.iter().filter(|v| v.truthy()).count();
    println!("{} truthy values, tags {:?}", count, values.iter().map(|v| v.tag).collect::<Vec<_>>());
    let mut u = Payload { i: 0 };
    u.b = true;
    println!("low byte after bool write: {}", unsafe { u.i } & 0xFF);
    println!("dropping values:");
    drop(values);
    println!("done");
}
