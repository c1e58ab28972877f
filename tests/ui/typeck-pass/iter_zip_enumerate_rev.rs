// zip, enumerate, rev, chain, and combining them with tuples and destructuring closures.
fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b.iter()).map(|(x, y)| x * y).sum()
}

fn main() {
    let names = ["north", "east", "south", "west"];
    let degrees = [0, 90, 180, 270];

    for (i, name) in names.iter().enumerate() {
        println!("{}: {}", i, name);
    }

    for (name, deg) in names.iter().zip(degrees) {
        println!("{name} -> {deg}");
    }

    let reversed: Vec<_> = names.iter().rev().map(|s| s.len()).collect();
    println!("{:?}", reversed);

    let pairs: Vec<(usize, char)> = "hello".chars().rev().enumerate().collect();
    println!("{:?}", pairs);

    let combined: Vec<i32> = (1..4).chain(7..=9).rev().collect();
    println!("{:?}", combined);

    println!("{}", dot(&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]));

    let (evens, odds): (Vec<usize>, Vec<usize>) = (0..10).partition(|n| n % 2 == 0);
    println!("{:?} {:?}", evens, odds);

    let (letters, numbers): (Vec<char>, Vec<u32>) = vec![('a', 1), ('b', 2), ('c', 3)].into_iter().unzip();
    println!("{:?} {:?}", letters, numbers);

    let indexed_max = [4, 9, 2, 9, 1]
        .iter()
        .enumerate()
        .max_by_key(|&(_, v)| *v)
        .map(|(i, _)| i);
    println!("{:?}", indexed_max);

    let three: Vec<(i32, &str, bool)> = [1, 2, 3]
        .into_iter()
        .zip(["one", "two", "three"])
        .zip([true, false, true])
        .map(|((n, s), b)| (n, s, b))
        .collect();
    println!("{:?}", three);

    let last_two: Vec<&&str> = names.iter().rev().take(2).collect();
    println!("{:?}", last_two);
}
