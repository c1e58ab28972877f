// Returning a `&mut` derived from a `&mut` parameter, then using the original again.
fn largest_mut(v: &mut [i32]) -> &mut i32 {
    let mut idx = 0;
    for i in 1..v.len() {
        if v[i] > v[idx] {
            idx = i;
        }
    }
    &mut v[idx]
}

fn main() {
    let mut nums = vec![4, 11, 7];
    *largest_mut(&mut nums) = 0;
    let m = largest_mut(&mut nums);
    *m += 100;
    println!("{:?}", nums);
}
