fn main() {
    let v: Vec<i32> = vec![1, 2];
    let r: &i32 = match v.len() {
        0 => &0,
        n => {
            let s = n as i32;
            &s
        }
    };
    println!("{}", r);
}
