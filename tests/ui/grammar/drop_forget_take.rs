// Controlling destruction: mem::drop, mem::forget, mem::take/replace, Option::take, ManuallyDrop.
use std::mem::{self, ManuallyDrop};

#[derive(Default)]
struct Buffer {
    label: String,
    data: Vec<u8>,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("  drop buffer {:?} ({} bytes)", self.label, self.data.len());
    }
}

fn buf(label: &str, n: usize) -> Buffer {
    Buffer { label: label.to_string(), data: vec![0; n] }
}

struct Pool {
    slot: Option<Buffer>,
}

impl Pool {
    fn checkout(&mut self) -> Option<Buffer> {
        self.slot.take()
    }
    fn give_back(&mut self, b: Buffer) -> Option<Buffer> {
        self.slot.replace(b)
    }
}

fn main() {
    println!("explicit drop:");
    let a = buf("a", 4);
    drop(a);
    println!("after drop(a)");

    println!("forget:");
    let f = buf("forgotten", 8);
    mem::forget(f);
    println!("nothing printed for forgotten");

    println!("take and replace:");
    let mut b = buf("b", 2);
    let old_data = mem::take(&mut b.data);
    println!("  took {} bytes, b now has {}", old_data.len(), b.data.len());
    let previous = mem::replace(&mut b, buf("b2", 3));
    println!("  replaced {:?} with {:?}", previous.label, b.label);
    drop(previous);

    println!("pool:");
    let mut pool = Pool { slot: Some(buf("pooled", 16)) };
    let got = pool.checkout();
    println!("  checked out {:?}, slot empty: {}", got.as_ref().map(|g| g.label.as_str()), pool.slot.is_none());
    let displaced = pool.give_back(buf("fresh", 1));
    println!("  displaced anything: {}", displaced.is_some());
    drop(got);

    println!("manually drop:");
    let mut md = ManuallyDrop::new(buf("manual", 5));
    md.data.push(1);
    println!("  manual has {} bytes", md.data.len());
    unsafe { ManuallyDrop::drop(&mut md) };
    let kept = ManuallyDrop::new(buf("never dropped", 1));
    println!("  kept label {}", kept.label);

    let default = Buffer::default();
    println!("default label empty: {}", default.label.is_empty());
    println!("end of main");
}
