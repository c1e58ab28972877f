// A generic bounded stack used by a small RPN calculator.
use std::fmt::Debug;

#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
    limit: usize,
}

#[derive(Debug, PartialEq)]
enum StackError {
    Overflow(usize),
    Underflow,
}

impl<T> Stack<T> {
    fn with_limit(limit: usize) -> Self {
        Stack { items: Vec::new(), limit }
    }

    fn push(&mut self, v: T) -> Result<(), StackError> {
        if self.items.len() == self.limit {
            return Err(StackError::Overflow(self.limit));
        }
        self.items.push(v);
        Ok(())
    }

    fn pop(&mut self) -> Result<T, StackError> {
        self.items.pop().ok_or(StackError::Underflow)
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

impl<T: Clone> Stack<T> {
    fn dup(&mut self) -> Result<(), StackError> {
        let top = self.peek().cloned().ok_or(StackError::Underflow)?;
        self.push(top)
    }
}

fn binary<T, F>(s: &mut Stack<T>, f: F) -> Result<(), StackError>
where
    F: Fn(T, T) -> T,
{
    let b = s.pop()?;
    let a = s.pop()?;
    s.push(f(a, b))
}

fn eval<T>(src: &str, limit: usize) -> Result<Option<T>, StackError>
where
    T: Copy + Debug + std::str::FromStr + std::ops::Add<Output = T> + std::ops::Mul<Output = T> + std::ops::Sub<Output = T>,
{
    let mut s: Stack<T> = Stack::with_limit(limit);
    for tok in src.split_whitespace() {
        match tok {
            "+" => binary(&mut s, |a, b| a + b)?,
            "-" => binary(&mut s, |a, b| a - b)?,
            "*" => binary(&mut s, |a, b| a * b)?,
            "dup" => s.dup()?,
            num => {
                if let Ok(v) = num.parse::<T>() {
                    s.push(v)?;
                }
            }
        }
    }
    println!("  final depth {}", s.len());
    Ok(s.peek().copied())
}

fn main() {
    println!("{:?}", eval::<i64>("3 4 + 5 *", 8));
    println!("{:?}", eval::<f64>("1.5 dup * 2 -", 8));
    println!("{:?}", eval::<i32>("1 2 3 4", 3));
    println!("{:?}", eval::<u8>("7 +", 3));
    println!("{:?}", eval::<i32>("", 3));
}
