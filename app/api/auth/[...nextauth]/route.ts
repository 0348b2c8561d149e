export { GET, POST } from "@/lib/people/auth-handlers";
