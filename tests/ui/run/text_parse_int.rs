// `str::parse` of every integer type: signs, leading zeros, overflow before an invalid
// digit, non-ASCII digits, and the error messages.
fn show<T: std::str::FromStr + std::fmt::Debug>(label: &str, inputs: &[&str])
where
    T::Err: std::fmt::Display + std::fmt::Debug,
{
    for s in inputs {
        match s.parse::<T>() {
            Ok(v) => println!("{} {:?} -> {:?}", label, s, v),
            Err(e) => println!("{} {:?} -> {:?} ({})", label, s, e.kind_str(), e),
        }
    }
}

trait KindStr {
    fn kind_str(&self) -> String;
}

impl<E: std::fmt::Debug> KindStr for E {
    fn kind_str(&self) -> String {
        format!("{:?}", self)
    }
}

fn main() {
    let common = [
        "", "+", "-", "0", "-0", "+0", "42", "+42", "-42", "007", "-007", "1_000", " 1", "1 ", "12a", "a12",
        "127", "128", "-128", "-129", "255", "256", "99999999999999999999999x", "-99999999999999999999999x",
        "٣", "１２", "0000000000000000000000000000000000000000000000000000000001", "--1", "+-1", "-+1",
    ];
    show::<i8>("i8", &common);
    show::<u8>("u8", &common);
    show::<i32>("i32", &["2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296x"]);
    show::<u64>("u64", &["18446744073709551615", "18446744073709551616", "-1", "-"]);
    show::<i128>("i128", &["170141183460469231731687303715884105727", "-170141183460469231731687303715884105728", "-170141183460469231731687303715884105729"]);
    show::<u128>("u128", &["340282366920938463463374607431768211455", "340282366920938463463374607431768211456"]);
    show::<usize>("usize", &["12345", "1.5"]);
    show::<isize>("isize", &["-9223372036854775808"]);
    let total: i64 = "10 -20 30 x 40".split(' ').filter_map(|w| w.parse::<i64>().ok()).sum();
    println!("{}", total);
    println!("{:?}", u8::from_str_radix("ff", 16));
    println!("{:?}", "12".parse::<std::num::NonZeroU32>());
}
