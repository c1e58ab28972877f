// A tiny stack-machine interpreter for a toy language with labels, jumps,
// calls and a call stack; computes factorials and a Fibonacci table.

#[derive(Debug, Clone, Copy)]
enum Ins {
    Push(i64),
    Load(usize),
    Store(usize),
    Add,
    Sub,
    Mul,
    Lt,
    Jz(usize),
    Jmp(usize),
    Call(usize),
    Ret,
    Print,
    Halt,
}

struct Vm<'p> {
    prog: &'p [Ins],
    stack: Vec<i64>,
    mem: [i64; 8],
    calls: Vec<usize>,
    pc: usize,
    steps: u64,
    output: Vec<i64>,
}

impl<'p> Vm<'p> {
    fn new(prog: &'p [Ins]) -> Self {
        Vm { prog, stack: vec![], mem: [0; 8], calls: vec![], pc: 0, steps: 0, output: vec![] }
    }

    fn pop(&mut self) -> i64 {
        self.stack.pop().expect("stack underflow")
    }

    fn run(&mut self) {
        loop {
            let ins = self.prog[self.pc];
            self.pc += 1;
            self.steps += 1;
            match ins {
                Ins::Push(v) => self.stack.push(v),
                Ins::Load(a) => self.stack.push(self.mem[a]),
                Ins::Store(a) => self.mem[a] = self.pop(),
                Ins::Add | Ins::Sub | Ins::Mul | Ins::Lt => {
                    let b = self.pop();
                    let a = self.pop();
                    self.stack.push(match ins {
                        Ins::Add => a + b,
                        Ins::Sub => a - b,
                        Ins::Mul => a * b,
                        _ => (a < b) as i64,
                    });
                }
                Ins::Jz(t) => {
                    if self.pop() == 0 {
                        self.pc = t;
                    }
                }
                Ins::Jmp(t) => self.pc = t,
                Ins::Call(t) => {
                    self.calls.push(self.pc);
                    self.pc = t;
                }
                Ins::Ret => match self.calls.pop() {
                    Some(ret) => self.pc = ret,
                    None => break,
                },
                Ins::Print => {
                    let v = self.pop();
                    self.output.push(v);
                }
                Ins::Halt => break,
            }
        }
    }
}

fn main() {
    use Ins::*;
    // mem[0] = n, mem[1] = acc; the factorial subroutine starts at 6
    let fact = [
        Push(10), Store(0), Call(6), Load(1), Print, Halt,
        Push(1), Store(1),
        Load(0), Push(1), Lt, Jz(13), Ret, // 8: return once n < 1
        Load(1), Load(0), Mul, Store(1), // 13: acc *= n
        Load(0), Push(1), Sub, Store(0), Jmp(8), // n -= 1
    ];
    let mut vm = Vm::new(&fact);
    vm.run();
    println!("10! = {:?} in {} steps", vm.output, vm.steps);

    // Fibonacci table: prints F(0)..F(n-1)
    let fib = [
        Push(0), Store(0), Push(1), Store(1), Push(0), Store(2),
        Load(2), Push(12), Lt, Jz(25),
        Load(0), Print,
        Load(0), Load(1), Add, Store(3),
        Load(1), Store(0), Load(3), Store(1),
        Load(2), Push(1), Add, Store(2), Jmp(6),
        Halt,
    ];
    let mut vm2 = Vm::new(&fib);
    vm2.run();
    println!("fib: {:?}", vm2.output);
    println!("steps: {}, final mem: {:?}", vm2.steps, vm2.mem);
}
