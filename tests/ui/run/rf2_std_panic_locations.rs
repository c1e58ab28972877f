// Where panics raised inside std are reported (a panic hook prints each location): rustc's
// std sources for std functions that are not #[track_caller], the caller's line otherwise.
use std::collections::VecDeque;
use std::panic;
use std::time::Duration;

// (std's path from `library/` on; the program's own file by its name)
fn short(file: &str) -> &str {
    match file.split_once("library/") {
        Some((_, rest)) => rest,
        None => file.rsplit('/').next().unwrap(),
    }
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let l = info.location().unwrap();
        let msg = info.payload().downcast_ref::<&str>().map(|s| s.to_string());
        let msg = msg.or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
        println!("{}:{}:{} {}", short(l.file()), l.line(), l.column(), msg);
    }));
    let big = std::hint::black_box(200u32);
    let _ = panic::catch_unwind(|| big.pow(5));
    let _ = panic::catch_unwind(|| (big as u8).pow(2));
    let _ = panic::catch_unwind(|| (big as i64 * i64::MAX / 200).pow(2));
    let _ = panic::catch_unwind(|| std::hint::black_box(i32::MIN).abs());
    let _ = panic::catch_unwind(|| std::hint::black_box(u16::MAX).next_power_of_two());
    let _ = panic::catch_unwind(|| (big * 3_000_000) + 1);
    let _ = panic::catch_unwind(|| [big, u32::MAX].iter().sum::<u32>());
    let _ = panic::catch_unwind(|| [big, big, big, big, big].into_iter().product::<u32>());
    let _ = panic::catch_unwind(|| big.div_euclid(big - 200));
    let _ = panic::catch_unwind(|| Duration::from_secs(1) - Duration::from_secs(2));
    let _ = panic::catch_unwind(|| Duration::from_secs(u64::MAX) + Duration::from_secs(1));
    let _ = panic::catch_unwind(|| Duration::from_secs_f64(-1.0));
    let _ = panic::catch_unwind(|| char::from_digit(1, 40));
    let _ = panic::catch_unwind(|| 'a'.to_digit(40));
    let _ = panic::catch_unwind(|| (0..3).step_by(0).count());
    let _ = panic::catch_unwind(|| [1, 2].chunks(0).count());
    let _ = panic::catch_unwind(|| vec![0u64; usize::MAX / 4].len());
    let _ = panic::catch_unwind(|| Vec::<u32>::with_capacity(usize::MAX).len());
    let _ = panic::catch_unwind(|| String::from("ab").reserve(usize::MAX));
    let _ = panic::catch_unwind(|| "ab".repeat(usize::MAX).len());
    let _ = panic::catch_unwind(|| [1u8].repeat(usize::MAX).len());
    let _ = panic::catch_unwind(|| 1.5f64.clamp(2.0, 1.0));
    let _ = panic::catch_unwind(|| u32::from_str_radix("1", 40));
    let _ = panic::catch_unwind(|| vec![1, 2, 3].drain(5..).count());
    let _ = panic::catch_unwind(|| vec![1, 2, 3].drain(..9).count());
    let _ = panic::catch_unwind(|| vec![1, 2, 3].drain(..=3).count());
    let _ = panic::catch_unwind(|| vec![1, 2, 3].drain(2..1).count());
    let _ = panic::catch_unwind(|| String::from("héllo").split_at(2).0.len());
    let _ = panic::catch_unwind(|| Vec::<i32>::new().swap_remove(0));
    let _ = panic::catch_unwind(|| VecDeque::from([1]).swap(0, 1));
    let _ = panic::catch_unwind(|| [1, 2, 3][big as usize]);
    println!("done");
}
