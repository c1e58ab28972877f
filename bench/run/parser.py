# CPython equivalent of parser.rs.
MODULUS = 1_000_000_007
NAMES = {"+": "Plus", "-": "Minus", "*": "Star", "/": "Slash", "%": "Percent", "(": "LParen", ")": "RParen"}


class ParseError(Exception):
    pass


def describe(token):
    return f"Num({token})" if isinstance(token, int) else NAMES[token]


def tokenize(src):
    tokens = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(int(src[i:j]))
            i = j
        elif c in "+-*/%()":
            tokens.append(c)
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def next(self):
        token = self.peek()
        if token is None:
            raise ParseError("unexpected end of input")
        self.pos += 1
        return token

    def parse(self):
        e = self.expr()
        if self.pos < len(self.tokens):
            raise ParseError(f"unexpected token {describe(self.tokens[self.pos])} at {self.pos}")
        return e

    def expr(self):
        lhs = self.term()
        while self.peek() in ("+", "-"):
            op = self.next()
            lhs = (op, lhs, self.term())
        return lhs

    def term(self):
        lhs = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.next()
            lhs = (op, lhs, self.factor())
        return lhs

    def factor(self):
        at = self.pos
        token = self.next()
        if isinstance(token, int):
            return token
        if token == "-":
            return ("neg", self.factor())
        if token == "(":
            e = self.expr()
            if (t := self.next()) != ")":
                raise ParseError(f"unexpected token {describe(t)} at {self.pos - 1}")
            return e
        raise ParseError(f"unexpected token {describe(token)} at {at}")


def evaluate(e):
    if isinstance(e, int):
        return e % MODULUS
    if e[0] == "neg":
        return -evaluate(e[1]) % MODULUS
    op, l, r = e
    a, b = evaluate(l), evaluate(r)
    if op == "+":
        return (a + b) % MODULUS
    if op == "-":
        return (a - b) % MODULUS
    if op == "*":
        return a * b % MODULUS
    if b == 0:
        raise ParseError("division by zero")
    return a // b if op == "/" else a % b


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def gen(rng, depth, out):
    if depth == 0 or rng.below(4) == 0:
        out.append(str(rng.below(1000)))
        return
    k = rng.below(8)
    if k == 0:
        out.append("-")
        gen(rng, depth - 1, out)
    elif k == 1:
        out.append("(")
        gen(rng, depth - 1, out)
        out.append(")")
    else:
        gen(rng, depth - 1, out)
        out.append([" + ", " - ", " * ", " / ", " % ", " + "][k - 2])
        gen(rng, depth - 1, out)


def main():
    rng = Rng(42)
    lines = []
    for i in range(12000):
        out = []
        gen(rng, 7, out)
        line = "".join(out)
        if i % 50 == 7:
            line += " )"
        elif i % 50 == 19:
            line += " * "
        elif i % 50 == 31:
            line = line[: len(line) // 2] + "#" + line[len(line) // 2 :]
        lines.append(line)
    ok = total = tokens = errors = 0
    for line in lines:
        try:
            t = tokenize(line)
            tokens += len(t)
            value = evaluate(Parser(t).parse())
        except ParseError as e:
            if errors < 5:
                print(e)
            errors += 1
        else:
            ok += 1
            total = (total + value) % MODULUS
    print(f"{len(lines)} lines, {tokens} tokens: {ok} values (sum {total}), {errors} errors")


main()
