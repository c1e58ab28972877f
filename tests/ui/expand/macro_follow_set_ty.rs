macro_rules! make_default {
    ($t:ty $name:ident) => {
        let $name: $t = Default::default();
    };
}

fn main() {
    println!("start");
}
