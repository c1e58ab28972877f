// Nested repetitions with separators at both levels.
macro_rules! matrix {
    ($([$($x:expr),*]);* $(;)?) => {
        vec![$(vec![$($x),*]),*]
    };
}

macro_rules! sum_rows {
    ($($($x:expr),+);+) => {
        [$(0 $(+ $x)+),+]
    };
}

fn main() {
    let m: Vec<Vec<i32>> = matrix!([1, 2, 3]; [4, 5]; []);
    println!("{:?}", m);
    println!("{:?}", sum_rows!(1, 2; 3, 4, 5; 6));
}
