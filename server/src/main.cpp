// ronde-server: placeholder until the ronde-server issue lands.
#include <cstdio>

int main() {
    std::puts("ronde-server: not built yet");
    return 1;
}
