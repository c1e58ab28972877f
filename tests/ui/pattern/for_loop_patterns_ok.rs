// Irrefutable patterns in `for` loops and parameters: tuples, references, structs.
struct P {
    x: i32,
    y: i32,
}

fn sum(&(a, b): &(i32, i32)) -> i32 {
    a + b
}

fn main() {
    let pairs = vec![(1, 2), (3, 4)];
    for (i, &(a, b)) in pairs.iter().enumerate() {
        println!("{i}: {a} {b} {}", sum(&(a, b)));
    }
    let points = vec![P { x: 1, y: 2 }];
    for P { x, y } in points {
        println!("{x} {y}");
    }
    let add = |(a, b): (i32, i32)| a + b;
    println!("{}", add((5, 6)));
}
