use std::fmt;

#[derive(Clone, PartialEq, Eq)]
struct BigUint(Vec<u32>);

impl BigUint {
    const BASE: u64 = 1_000_000_000;
    fn from_u64(mut n: u64) -> Self {
        let mut v = Vec::new();
        while n > 0 {
            v.push((n % Self::BASE) as u32);
            n /= Self::BASE;
        }
        BigUint(v)
    }
    fn add(&self, o: &BigUint) -> BigUint {
        let mut out = Vec::with_capacity(self.0.len().max(o.0.len()) + 1);
        let mut carry = 0u64;
        for i in 0..self.0.len().max(o.0.len()) {
            let s = carry + *self.0.get(i).unwrap_or(&0) as u64 + *o.0.get(i).unwrap_or(&0) as u64;
            out.push((s % Self::BASE) as u32);
            carry = s / Self::BASE;
        }
        if carry > 0 {
            out.push(carry as u32);
        }
        BigUint(out)
    }
    fn mul_small(&self, k: u32) -> BigUint {
        let mut out = Vec::new();
        let mut carry = 0u64;
        for &d in &self.0 {
            let p = d as u64 * k as u64 + carry;
            out.push((p % Self::BASE) as u32);
            carry = p / Self::BASE;
        }
        while carry > 0 {
            out.push((carry % Self::BASE) as u32);
            carry /= Self::BASE;
        }
        BigUint(out)
    }
}

impl fmt::Display for BigUint {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0.split_last() {
            None => write!(f, "0"),
            Some((last, rest)) => {
                write!(f, "{}", last)?;
                for d in rest.iter().rev() {
                    write!(f, "{:09}", d)?;
                }
                Ok(())
            }
        }
    }
}

fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut s = String::new();
    for &(v, r) in TABLE.iter() {
        while n >= v {
            s += r;
            n -= v;
        }
    }
    s
}

fn from_roman(s: &str) -> Option<u32> {
    let val = |c: char| match c { 'I' => Some(1), 'V' => Some(5), 'X' => Some(10), 'L' => Some(50), 'C' => Some(100), 'D' => Some(500), 'M' => Some(1000), _ => None };
    let vals: Option<Vec<u32>> = s.chars().map(val).collect();
    let vals = vals?;
    let mut total = 0;
    for (i, &v) in vals.iter().enumerate() {
        if vals.get(i + 1).map_or(false, |&n| n > v) { total -= v as i64; } else { total += v as i64; }
    }
    u32::try_from(total).ok()
}

fn solve(board: &mut [[u8; 4]; 4]) -> bool {
    for r in 0..4 {
        for c in 0..4 {
            if board[r][c] == 0 {
                for v in 1..=4u8 {
                    let ok = (0..4).all(|i| board[r][i] != v && board[i][c] != v)
                        && (0..2).all(|dr| (0..2).all(|dc| board[r / 2 * 2 + dr][c / 2 * 2 + dc] != v));
                    if ok {
                        board[r][c] = v;
                        if solve(board) {
                            return true;
                        }
                        board[r][c] = 0;
                    }
                }
                return false;
            }
        }
    }
    true
}

fn permutations(items: &[char]) -> Vec<String> {
    if items.len() <= 1 {
        return vec![items.iter().collect()];
    }
    let mut out = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let head = rest.remove(i);
        for p in permutations(&rest) {
            out.push(format!("{}{}", head, p));
        }
    }
    out
}

fn main() {
    let mut f = BigUint::from_u64(1);
    for k in 1..=30u32 {
        f = f.mul_small(k);
    }
    println!("30! = {}", f);
    let (mut a, mut b) = (BigUint::from_u64(0), BigUint::from_u64(1));
    for _ in 0..150 {
        let c = a.add(&b);
        a = b;
        b = c;
    }
    println!("fib150 = {}", a);
    for n in [1994, 2024, 3999, 4, 14] {
        let r = to_roman(n);
        println!("{} -> {} -> {:?}", n, r, from_roman(&r));
    }
    println!("{:?} {:?}", from_roman("IIII"), from_roman("ABC"));
    let mut board = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]];
    println!("solved: {}", solve(&mut board));
    for row in &board {
        println!("{}", row.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(" "));
    }
    let perms = permutations(&['a', 'b', 'c']);
    println!("{} {:?}", perms.len(), perms);
}
