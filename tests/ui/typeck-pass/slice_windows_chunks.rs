// windows, chunks, chunks_exact, split, iter over slices of structs, sort and dedup.
fn moving_average(data: &[f64], width: usize) -> Vec<f64> {
    data.windows(width).map(|w| w.iter().sum::<f64>() / width as f64).collect()
}

fn is_sorted<T: PartialOrd>(xs: &[T]) -> bool {
    xs.windows(2).all(|w| w[0] <= w[1])
}

fn main() {
    let temps = [20.0, 22.0, 21.0, 25.0, 24.0, 23.0];
    println!("{:?}", moving_average(&temps, 3));

    let bytes: Vec<u8> = (1..=10).collect();
    for chunk in bytes.chunks(4) {
        println!("{:?} sum={}", chunk, chunk.iter().map(|&b| b as u32).sum::<u32>());
    }

    let mut exact = bytes.chunks_exact(3);
    let groups: Vec<&[u8]> = exact.by_ref().collect();
    println!("{:?} remainder {:?}", groups, exact.remainder());

    let increasing = bytes.windows(2).filter(|w| w[1] > w[0]).count();
    println!("{}", increasing);

    println!("{} {}", is_sorted(&[1, 2, 2, 5]), is_sorted(&["b", "a"]));

    let csv = [3, 0, 4, 5, 0, 0, 9];
    let parts: Vec<Vec<i32>> = csv.split(|&x| x == 0).map(|p| p.to_vec()).collect();
    println!("{:?}", parts);

    let mut words = vec!["pear", "apple", "pear", "fig", "apple", "apple"];
    words.sort();
    words.dedup();
    println!("{:?}", words);

    let matrix = [[1, 2, 3], [4, 5, 6]];
    let transposed: Vec<Vec<i32>> = (0..3).map(|c| matrix.iter().map(|row| row[c]).collect()).collect();
    println!("{:?}", transposed);

    let (left, right) = bytes.split_at(4);
    println!("{:?} | {:?}", left, right);
    if let Some((first, rest)) = bytes.split_first() {
        println!("{} then {} more", first, rest.len());
    }
    println!("{:?} {:?}", bytes.first(), bytes.last());
    println!("{}", bytes.contains(&7));
    let pos = bytes.iter().position(|&b| b == 7);
    println!("{:?}", pos);
    let rev_chunks: Vec<u8> = bytes.rchunks(3).map(|c| c[0]).collect();
    println!("{:?}", rev_chunks);
}
