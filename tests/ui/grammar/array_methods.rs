// Arrays and slices: iteration, sorting, binary search, rotation, contains,
// split, chunks, and conversion between arrays, slices and Vec.

fn rolling_average(data: &[f64; 8], window: usize) -> Vec<f64> {
    data.windows(window).map(|w| w.iter().sum::<f64>() / window as f64).collect()
}

fn main() {
    let mut temps = [21.5, 19.0, 23.25, 18.75, 25.0, 22.0, 20.5, 24.0];
    println!("rolling avg (3): {:?}", rolling_average(&temps, 3));
    temps.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("sorted: {:?}", temps);
    println!("first {:?}, last {:?}", temps.first(), temps.last());

    let mut ids = [42, 7, 19, 3, 88, 61, 25];
    ids.sort_unstable();
    println!("ids {:?}", ids);
    for probe in [19, 20] {
        match ids.binary_search(&probe) {
            Ok(i) => println!("{} found at {}", probe, i),
            Err(i) => println!("{} would insert at {}", probe, i),
        }
    }
    ids.rotate_left(2);
    println!("rotated left 2: {:?}", ids);
    ids.reverse();
    println!("reversed: {:?}", ids);
    println!("contains 61: {}, contains 62: {}", ids.contains(&61), ids.contains(&62));

    let (left, right) = ids.split_at(3);
    println!("split_at(3): {:?} | {:?}", left, right);
    let parts: Vec<&[i32]> = ids.split(|&x| x % 2 == 0).collect();
    println!("split on even: {:?}", parts);
    for (i, chunk) in ids.chunks_exact(3).enumerate() {
        println!("chunk {} {:?}", i, chunk);
    }
    println!("remainder {:?}", ids.chunks_exact(3).remainder());

    let as_vec = ids.to_vec();
    let back: [i32; 7] = as_vec.clone().try_into().unwrap();
    let wrong: Result<[i32; 3], _> = as_vec.try_into();
    println!("round trip equal: {}, wrong size ok: {}", back == ids, wrong.is_ok());

    let slice: &[i32] = &back[2..5];
    let arr3: [i32; 3] = slice.try_into().unwrap();
    println!("slice to array: {:?}", arr3);

    let mut matrix = [[0u8; 3]; 3];
    for (i, row) in matrix.iter_mut().enumerate() {
        row.fill(i as u8 + 1);
        row[i] = 0;
    }
    println!("matrix {:?}", matrix);
    let col_sums: [u32; 3] = std::array::from_fn(|c| matrix.iter().map(|row| row[c] as u32).sum());
    println!("column sums {:?}", col_sums);
    let max_pos = temps.iter().enumerate().fold((0, f64::MIN), |best, (i, &t)| if t > best.1 { (i, t) } else { best });
    println!("max temp at {} = {}", max_pos.0, max_pos.1);
    let swapped = {
        let mut a = [1, 2, 3, 4];
        a.swap(0, 3);
        a
    };
    println!("swapped {:?} starts_with [4, 2]: {}", swapped, swapped.starts_with(&[4, 2]));
}
