impl Server {
    pub fn new(address: SocketAddr, config: ServerConfiguration, handler: Arc<dyn RequestHandler>) -> Self { todo!() }
    pub async fn handle_connection(&self, stream: TcpStream, peer: SocketAddr) -> Result<(), ConnectionError> { todo!() }
    fn generic_method<T, U>(&mut self, first: T, second: U) -> Option<(T, U)> where T: Clone + Debug, U: Default { None }
    fn short(&self) {}
    pub fn with_lifetime<'a>(&'a self, key: &str) -> Option<&'a Value> { self.map.get(key) }
}
