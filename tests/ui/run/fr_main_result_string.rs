#[derive(Debug)]
enum Cmd { Push(i64), Pop, Add, Mul, Dup }

fn parse(tok: &str) -> Result<Cmd, String> {
    Ok(match tok {
        "pop" => Cmd::Pop,
        "add" => Cmd::Add,
        "mul" => Cmd::Mul,
        "dup" => Cmd::Dup,
        n => Cmd::Push(n.parse().map_err(|e| format!("bad token {:?}: {}", n, e))?),
    })
}

fn run(prog: &str) -> Result<Vec<i64>, String> {
    let mut st = Vec::new();
    for tok in prog.split_whitespace() {
        match parse(tok)? {
            Cmd::Push(n) => st.push(n),
            Cmd::Pop => { st.pop().ok_or("pop on empty stack")?; }
            Cmd::Dup => { let t = *st.last().ok_or_else(|| "dup on empty".to_string())?; st.push(t); }
            Cmd::Add | Cmd::Mul => {
                let b = st.pop().ok_or("underflow")?;
                let a = st.pop().ok_or("underflow")?;
                st.push(if tok == "add" { a + b } else { a * b });
            }
        }
    }
    Ok(st)
}

fn main() -> Result<(), String> {
    println!("{:?}", run("1 2 add 3 mul dup mul"));
    println!("{:?}", run("1 add"));
    println!("{:?}", run("5 pop pop"));
    println!("{:?}", parse("dup"));
    let v = run("2 3 x4 add")?;
    println!("{:?}", v);
    Ok(())
}
