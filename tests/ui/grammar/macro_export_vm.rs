// A tiny bytecode VM whose program is assembled by an exported macro.

#[macro_export]
macro_rules! asm {
    ($($op:ident $($arg:expr)?);* $(;)?) => {
        vec![$( asm!(@one $op $($arg)?) ),*]
    };
    (@one push $arg:expr) => { $crate::Instr::Push($arg) };
    (@one jnz $arg:expr) => { $crate::Instr::Jnz($arg) };
    (@one add) => { $crate::Instr::Add };
    (@one sub) => { $crate::Instr::Sub };
    (@one mul) => { $crate::Instr::Mul };
    (@one over) => { $crate::Instr::Over };
    (@one swap) => { $crate::Instr::Swap };
    (@one print) => { $crate::Instr::Print };
    (@one halt) => { $crate::Instr::Halt };
}

#[derive(Debug, Clone, Copy)]
pub enum Instr {
    Push(i64),
    Add,
    Sub,
    Mul,
    Over,
    Swap,
    Jnz(usize),
    Print,
    Halt,
}

struct Vm {
    stack: Vec<i64>,
    pc: usize,
    steps: usize,
}

impl Vm {
    fn run(&mut self, prog: &[Instr]) {
        while self.pc < prog.len() {
            let ins = prog[self.pc];
            self.pc += 1;
            self.steps += 1;
            match ins {
                Instr::Push(v) => self.stack.push(v),
                Instr::Add | Instr::Sub | Instr::Mul => {
                    let b = self.stack.pop().unwrap();
                    let a = self.stack.pop().unwrap();
                    self.stack.push(match ins {
                        Instr::Add => a + b,
                        Instr::Sub => a - b,
                        _ => a * b,
                    });
                }
                Instr::Over => {
                    let second = self.stack[self.stack.len() - 2];
                    self.stack.push(second);
                }
                Instr::Swap => {
                    let n = self.stack.len();
                    self.stack.swap(n - 1, n - 2);
                }
                Instr::Jnz(target) => {
                    if self.stack.pop().unwrap() != 0 {
                        self.pc = target;
                    }
                }
                Instr::Print => println!("  out: {}", self.stack.last().unwrap()),
                Instr::Halt => break,
            }
        }
    }
}

fn main() {
    // factorial of 6: the stack holds [n, acc]
    let prog = asm! {
        push 6; push 1;
        over; jnz 6;
        print; halt;
        over; mul; print;
        swap; push 1; sub; swap;
        push 1; jnz 2
    };
    println!("{} instructions, first {:?}", prog.len(), prog[0]);
    let mut vm = Vm { stack: Vec::new(), pc: 0, steps: 0 };
    vm.run(&prog);
    println!("stack {:?} after {} steps", vm.stack, vm.steps);
}
